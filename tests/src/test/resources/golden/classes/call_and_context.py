# __call__ and __enter__/__exit__ on user classes.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset
triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2, 3])))
class Resource:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError
with Resource("db") as r:
    Resource.log.append("using " + r.name)
with Resource("net"):
    raise KeyError("swallowed")
try:
    with Resource("file"):
        raise ValueError("escapes")
except ValueError:
    Resource.log.append("caught ValueError")
for line in Resource.log:
    print(line)
class Timer:
    def __enter__(self):
        self.entered = True
        return "token"
    def __exit__(self, *exc):
        print("exit args:", [type(x).__name__ for x in exc])
        return False
with Timer() as tok:
    print("token is", tok)
try:
    with Timer():
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class CallCounter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
cc = CallCounter()
print([cc() for _ in range(3)], cc.calls)
