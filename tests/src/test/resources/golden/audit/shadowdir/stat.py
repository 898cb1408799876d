SHADOWED = True
print("the user's stat.py ran")
