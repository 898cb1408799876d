# coding: latin-1
print("never printed")
