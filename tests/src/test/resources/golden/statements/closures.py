# Closures: counters, late binding, cells shared between functions.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])
early = []
for i in range(3):
    early.append(lambda i=i: i)
print([f() for f in early])
def make_funcs():
    fs = []
    for i in range(3):
        def f():
            return i * 10
        fs.append(f)
    return fs
print([f() for f in make_funcs()])
def factory(n):
    return lambda: n
print([factory(k)() for k in range(3)])
def pair():
    value = [0]
    def get():
        return value[0]
    def put(v):
        value[0] = v
    return get, put
get, put = pair()
put(42)
print(get())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
print(acc(2))
print(acc.__closure__ is not None, len(acc.__closure__))
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(20)(300))
x = "module"
def reads_later():
    return x
x = "rebound"
print(reads_later())
