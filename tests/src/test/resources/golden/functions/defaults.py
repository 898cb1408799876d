# Default arguments, including the mutable default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punct="?"))
print(greet(punct=".", name="Bo", greeting="Yo"))
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_bad(1), append_bad(2), append_bad(3))
print(append_bad.__defaults__)
def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_good(1), append_good(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot())
def many(a, b=1, c=2, d=3):
    return (a, b, c, d)
print(many(0), many(0, d=9), many(0, 5, d=7), many.__defaults__)
def defaults_expr(x=[i * i for i in range(3)], y={"k": 1}):
    return x, y
print(defaults_expr())
def fn_default(f=len):
    return f("abcd")
print(fn_default(), fn_default(lambda s: s[::-1]))
def kw_defaults(*, a=1, b):
    return a, b
print(kw_defaults(b=2), kw_defaults.__kwdefaults__)
