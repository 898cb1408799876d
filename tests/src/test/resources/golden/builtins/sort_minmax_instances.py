# sorted(), min() and max() of instances of Python classes without a key: the comparisons CPython's listsort and
# min_max make, in their order (count_run, binarysort, strict comparisons), NotImplemented, errors, and results that
# are not bools
log = []


class V:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag

    def __lt__(self, o):
        log.append(("lt", self.v, o.v))
        return self.v < o.v

    def __gt__(self, o):
        log.append(("gt", self.v, o.v))
        return self.v > o.v

    def __repr__(self):
        return f"V({self.v}{self.tag})"


def show(label, r):
    print(label, r, len(log), log[:6])
    log.clear()


show("sorted 3", sorted([V(3), V(1), V(2)]))
show("sorted asc run", sorted([V(1), V(2), V(3), V(0)]))
show("sorted desc run", sorted([V(5), V(4), V(3), V(9), V(1)]))
show("sorted stable", sorted([V(1, "a"), V(0), V(1, "b"), V(1, "c"), V(0, "z")]))
show("sorted reverse stable", sorted([V(1, "a"), V(0), V(1, "b"), V(2), V(1, "c")], reverse=True))
show("sorted tuple", sorted((V(2), V(1))))
show("sorted one", sorted([V(1)]))
show("sorted 63", sorted([V((i * 37) % 63) for i in range(63)])[:5])
show("sorted 64", sorted([V((i * 37) % 64) for i in range(64)])[:5])
show("max list", max([V(1), V(3), V(2), V(3, "b")]))
show("min list", min([V(2), V(1), V(3), V(1, "b")]))
show("max args", max(V(1), V(3), V(3, "b")))
show("min args", min(V(2), V(1), V(1, "b")))
show("max one", max([V(7)]))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return NotImplemented if o.v == 99 else self.v < o.v

    def __gt__(self, o):
        return self.v > o.v

    def __repr__(self):
        return f"O({self.v})"


# NotImplemented from a.__lt__(b) goes on to b.__gt__(a)
print(sorted([OnlyLt(3), OnlyLt(99), OnlyLt(1)]))
print(max([OnlyLt(3), OnlyLt(99), OnlyLt(1)]), min(OnlyLt(99), OnlyLt(1)))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return [1] if self.v < o.v else []

    def __repr__(self):
        return f"T({self.v})"


print(sorted([Truthy(2), Truthy(0), Truthy(1)]), min([Truthy(2), Truthy(0), Truthy(1)]))


class Plain:
    pass


for f in (sorted, max, min):
    try:
        f([Plain(), Plain()])
    except TypeError as e:
        print(f.__name__, "TypeError:", e)


class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if self.v == 2 or o.v == 2:
            raise ValueError("no 2")
        return self.v < o.v

    __gt__ = __lt__


for f in (sorted, max, min):
    try:
        f([Boom(1), Boom(3), Boom(2)])
    except ValueError as e:
        print(f.__name__, "ValueError:", e)

# mixed classes and types: the generic comparison
class W(V):
    pass


show("mixed", sorted([V(3), W(1), V(2)]))
show("max mixed", max([W(1), V(3), W(2)]))
try:
    sorted([V(1), 2])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    max(V(1), V(2), default=3)
except TypeError as e:
    print("TypeError:", e)
print(max([], default="empty"), max([V(4)], default="d"))


class Grow(V):
    def __gt__(self, o):
        if len(items) < 6:
            items.append(Grow(len(items) * 10))
        return self.v > o.v


items = [Grow(1), Grow(2)]
print(max(items), len(items))


def many():
    out = []
    for i in range(3000):
        out.append(sorted([V(i % 7), V(i % 5), V(i % 3)])[0].v + max([V(i % 4), V(i % 9)]).v + min(V(i % 2), V(i % 6)).v)
        log.clear()
    return sum(out)


print(many(), many())
