# No coding declaration: a byte that is not UTF-8 is a SyntaxError.
print("never printed")
print("café")
