# yield from with delegation and return values.
def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) done"
def outer():
    result = yield from inner(3)
    print("  inner returned:", result)
    result2 = yield from inner(1)
    print("  second returned:", result2)
    return "outer done"
g = outer()
print(list(g))
def collect():
    r = yield from outer()
    yield r
print(list(collect()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree_walk(node):
    value, children = node
    yield value
    for child in children:
        yield from tree_walk(child)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
print(list(tree_walk(tree)))
def averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return total / count if count else 0
        total += v
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"x": [1, 2, 3], "y": [10, 20]}.items():
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
def delegating_thrower():
    try:
        yield from inner(5)
    except ValueError as e:
        yield "delegator caught " + str(e)
d = delegating_thrower()
print(next(d), next(d))
print(d.throw(ValueError("thrown")))
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("  sub finally")
def top():
    yield from sub()
t = top()
print(next(t))
t.close()
print(list(x for x in chain("xy")))
def yf_list():
    x = yield from [10, 20]
    return x
try:
    gen = yf_list(); next(gen); next(gen); next(gen)
except StopIteration as e:
    print("return value from list delegation:", e.value)
