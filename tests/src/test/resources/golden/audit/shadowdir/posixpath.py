SHADOWED = True
print("the user's posixpath.py ran")
