# any() and all() once and in a hot loop: generator expressions (stopping at the first decisive item, so the
# generator is left suspended), lists, tuples, strs, dicts, sets, ranges, iterators, empty iterables, objects with
# __bool__ or __len__, a __bool__ that raises or returns a non-bool, a generator that raises, and non-iterables.

class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        raise KeyError("bool")


class WrongBool:
    def __bool__(self):
        return 1


def logged(items, log):
    for x in items:
        log.append(x)
        yield x


def run():
    out = []
    log = []
    out.append((any(logged([0, 0, 3, 4], log)), list(log)))
    log.clear()
    out.append((all(logged([1, 2, 0, 4], log)), list(log)))
    g = (x for x in range(10))
    out.append((any(x > 3 for x in g), next(g), all(x < 9 for x in g), list(g)))
    out.append((any([]), all([]), any(()), all(""), any({}), all(set()), any(range(0)), all(iter([]))))
    out.append((any([0, "", None, 0.0]), all([1, "a", [0], 0.5]), any("ab"), all({0: 1}), any({0, 1}), all(range(1, 5))))
    out.append((any([Flag(False), Flag(True)]), all([Flag(True), Sized(0)]), any([Sized(0), Sized(2)])))
    gen = (x for x in [1, 2, 3])
    out.append((any(gen), list(gen)))
    for f in (lambda: any([BadBool()]), lambda: all([1, BadBool()]), lambda: any([WrongBool()]), lambda: any(5),
              lambda: all(None), lambda: any(1 / x for x in (1, 0)), lambda: all((x for x in [1]), y=1)):
        try:
            out.append(f())
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


for line in run():
    print(line)

total = 0
xs = list(range(100))
words = ["w%d" % i for i in range(50)]
for i in range(3000):
    total += any(x > i % 120 for x in xs) + all(x < i % 130 for x in xs) * 2
    total += any(w.endswith(str(i % 60)) for w in words) + all(len(w) > 1 for w in words)
    total += any([i % 3 == 0, i % 5 == 0]) + all((i % 2, i % 7))
print(total, run() == run())
