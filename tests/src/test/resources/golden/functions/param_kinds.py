# Keyword-only, positional-only, *args and **kwargs.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
def star(*args):
    return args
print(star(), star(1), star(1, "two", [3]))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(), kw(x=1, y=2))
def both(a, *args, b=0, **kwargs):
    return a, args, b, sorted(kwargs)
print(both(1, 2, 3, b=4, c=5, d=6))
def posonly(x, y=2, /):
    return x + y
print(posonly(1), posonly(1, 10))
def name_collision(a, /, **kwargs):
    return a, kwargs
print(name_collision(1, a=2))
def only_kw(*, key):
    return key
print(only_kw(key="k"))
def forward(*args, **kwargs):
    return f(*args, **kwargs)
print(forward(9, 8, 7, e=6))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(5), **dict.fromkeys("abc")))
def keyword_order(**kw):
    return list(kw)
print(keyword_order(z=1, a=2, m=3))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
def unpack_into(a, b, c):
    return a * 100 + b * 10 + c
print(unpack_into(*[1, 2], 3), unpack_into(**{"c": 1, "b": 2, "a": 3}))
