# sorted()/list.sort() with key functions that return tuples: after one sort whose keys were all exact tuples of one
# width, the key loop keeps the tuples' items in columns; keys of another width, kind or class (a subclass, an int)
# turn the columns back into tuples mid-sort. Results, errors and stability must be the same as with plain tuples.
import sys
class T(tuple):
    pass
data = [(i * 7919) % 1000 for i in range(3000)]
def run(label, f):
    try:
        r = f()
        print(label, r[:6] if isinstance(r, list) else r)
    except Exception as e:
        print(label, type(e).__name__, e)
for rep in range(3):
    run("pairs", lambda: sorted(data, key=lambda x: (x % 10, -x)))
    run("rev", lambda: sorted(data, key=lambda x: (x % 3, x % 5), reverse=True))
    run("stable", lambda: sorted(range(3000), key=lambda x: (data[x] % 4,))[:6])
    run("width3", lambda: sorted(data, key=lambda x: (x % 2, x % 3, x)))
    run("spill", lambda: sorted(data, key=lambda x: (x, 1) if x < 500 else (x, 2, 3)))
    run("spill-int", lambda: sorted(data, key=lambda x: (x, 1) if x < 500 else x))
    run("none-in", lambda: sorted(data, key=lambda x: (x % 2, None)))
    run("mixed-types", lambda: sorted(data, key=lambda x: (x % 2, "a" if x % 3 else 1)))
    run("subclass", lambda: sorted(data, key=lambda x: T((x % 7, x))))
    run("str-cols", lambda: sorted([str(x) for x in data], key=lambda s: (s[-1], s)))
    run("float-cols", lambda: sorted(data, key=lambda x: (x / 7.0 % 1.0, x)))
    def bad(x):
        if x == data[2000]:
            raise KeyError(x)
        return (x % 5, x)
    run("raise", lambda: sorted(data, key=bad))
    l = list(data)
    def mut(x):
        if x == data[100]:
            l.append(1)
        return (x, x)
    try:
        l.sort(key=mut)
    except ValueError as e:
        print("mut", e, len(l))
    l = list(data)
    l.sort(key=lambda x: (-x, x), reverse=True)
    print("listsort", l[:5])
    run("nan", lambda: sorted([float('nan'), 1.0, 0.5] * 10, key=lambda x: (1, x))[:4])
    run("empty", lambda: sorted([], key=lambda x: (x,)))
    run("one", lambda: sorted([5], key=lambda x: (x,)))
    run("bigint", lambda: sorted(data, key=lambda x: (x * 10**20, x))[:3])
    run("width9", lambda: sorted(data, key=lambda x: (x,) * 9)[:3])
    run("eq-only", lambda: sorted(data, key=lambda x: (x % 2, object()))[:0])
