import sys
print("start")
for i in range(3):
    pass
return i
