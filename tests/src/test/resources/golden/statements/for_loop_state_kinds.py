# One for loop site meeting lists (int, float and object storage, changing storage and size while it runs),
# tuples, ranges, generators, dicts and other iterables in turn: each kind of loop state in compiled code
def total(things):
    t = 0.0
    for it in things:
        for x in it:
            t += x if isinstance(x, (int, float)) else len(x)
    return t

def gen(n):
    yield from range(n)

def run(rounds):
    out = []
    for r in range(rounds):
        out.append(total([[1, 2, 3], [0.5, 1.5]]))
        out.append(total([(1, 2), (2.5, "ab"), range(4)]))
    out.append(total([gen(5), {1: 2, 3: 4}, "xyz", {7, 8}, [1, "a", 2.0]]))
    return out

print(run(3000)[-4:])

def grow(l):
    seen = []
    for x in l:
        seen.append(x)
        if len(l) < 6:
            l.append(x * 2)
        if x == 2.0:
            l.append("s")
    return seen

print(grow([1.0, 2.0]), grow([1, 2]), grow([]))

def shrink(l):
    seen = []
    for x in l:
        seen.append(x)
        if l:
            del l[0]
    return seen

print(shrink([1.5, 2.5, 3.5, 4.5]), shrink([1, 2, 3, 4, 5]))

def floats(rounds):
    s = 0.0
    l = [0.25, 0.5]
    for i in range(rounds):
        for x in l:
            s += x
        if i == rounds // 2:
            l.append(1)
    for x in l:
        y = x
    return s, y

print(floats(50000))
