# A function's __dict__ is its live attribute dict: writes to it are attributes and attribute writes show in it.
def f(a, b="x"):
    return a


f.__dict__['x'] = 1
print(f.x, f.__dict__)
f.y = 2
print(sorted(f.__dict__), f.__dict__ is f.__dict__)
del f.x
print(f.__dict__, hasattr(f, 'x'))
f.__dict__ = {'z': 3}
print(f.z, vars(f))
try:
    f.__dict__ = set()
except TypeError as e:
    print("TypeError:", e)
try:
    f.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
f.__annotations__ = {'q': 1}
print(f.__annotations__, f.__dict__)
import functools


@functools.wraps(f)
def w(*a):
    return f(*a)


print(w.__wrapped__ is f, w.__annotations__, sorted(w.__dict__), w.z)


def k():
    pass


print(k.__dict__, f(5))
for i in range(500):
    f.counter = i
print(f.__dict__["counter"], f.counter)
