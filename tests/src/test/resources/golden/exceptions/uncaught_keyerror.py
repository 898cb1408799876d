# An uncaught KeyError from a dict subscript inside a function.
config = {"host": "localhost", "port": 8080}

def lookup(key):
    return config[key]

print("host =", lookup("host"))
print("user =", lookup("user"))
