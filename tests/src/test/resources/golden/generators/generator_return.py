# Generator return values: StopIteration.value, return in generator bodies.
def gen_return():
    yield "only"
    return {"status": "done"}
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def no_return():
    yield 1
g2 = no_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def early_exit(items):
    for item in items:
        if item < 0:
            return "negative found"
        yield item
    return "all positive"
def drive(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as stop:
            return out, stop.value
print(drive(early_exit([1, 2, -1, 3])))
print(drive(early_exit([5, 6])))
def gen_tuple():
    return (1, 2)
    yield
try:
    next(gen_tuple())
except StopIteration as e:
    print("tuple value:", e.value, e.args)
def wrapper():
    value = yield from gen_return()
    return "wrapped " + value["status"]
print(drive(wrapper()))
def gen_none_explicit():
    yield 1
    return None
print(drive(gen_none_explicit()))
