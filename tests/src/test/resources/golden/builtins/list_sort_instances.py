# list.sort() of instances of Python classes without a key: CPython's comparisons in their order, the list empty
# while they run, the items as far as the sort got when one raises, and "list modified during sort"
log = []


class V:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag

    def __lt__(self, o):
        log.append((self.v, o.v, len(items)))
        return self.v < o.v

    def __repr__(self):
        return f"V({self.v}{self.tag})"


items = [V(3), V(1), V(2), V(1, "b")]
print(items.sort(), items, log)
log.clear()
items = [V(1, "a"), V(0), V(1, "b"), V(2), V(1, "c")]
items.sort(reverse=True)
print(items, len(log))
log.clear()


class Raise(V):
    def __lt__(self, o):
        if self.v == 0 or o.v == 0:
            raise KeyError("zero")
        return self.v < o.v


items = [Raise(5), Raise(4), Raise(3), Raise(0), Raise(1)]
try:
    items.sort()
except KeyError as e:
    print("KeyError", e, items)


class Meddle(V):
    def __lt__(self, o):
        items.append(V(99))
        return self.v < o.v


items = [Meddle(2), Meddle(1), Meddle(3)]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e, items)


class Clear(V):
    def __lt__(self, o):
        items.clear()
        return self.v < o.v


items = [Clear(2), Clear(1)]
items.sort()
print(items)


class Sub(list):
    pass


s = Sub([V(2), V(0), V(1)])
s.sort()
print(s, type(s).__name__)
log.clear()


def many():
    t = 0
    for i in range(3000):
        global items
        items = [V(i % 7), V(i % 5), V(i % 3), V(i % 2)]
        items.sort()
        t += items[0].v * 10 + items[-1].v
        log.clear()
    return t


print(many(), many())


class RevRaise(V):
    def __lt__(self, o):
        if self.v == 9 or o.v == 9:
            raise KeyError("nine")
        return self.v < o.v


items = [RevRaise(1), RevRaise(2), RevRaise(3), RevRaise(9), RevRaise(4)]
try:
    items.sort(reverse=True)
except KeyError as e:
    print("KeyError", e, items)
