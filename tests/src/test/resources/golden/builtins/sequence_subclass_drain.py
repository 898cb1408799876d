# list(), tuple() and sorted() of tuple and list subclasses: their items at once while the class keeps the builtin's
# __iter__, its own __iter__ once it has one (also when set on the class later)
import collections

NT = collections.namedtuple("NT", "x y z")
nt = NT(1, "b", 3.0)
print(list(nt), tuple(nt), sorted(NT(3, 1, 2)), set(NT(1, 1, 2)) == {1, 2}, [*nt])


class MyList(list):
    pass


class MyTuple(tuple):
    pass


ml = MyList([3, 1, 2])
print(list(ml), tuple(ml), list(MyTuple((5, 6))), tuple(MyTuple(())), list(MyList()))


class Rev(tuple):
    def __iter__(self):
        return iter([self[i] for i in range(len(self) - 1, -1, -1)])


print(list(Rev((1, 2, 3))), tuple(Rev((1, 2))))


def drain(x):
    return list(x)


for i in range(3):
    print(drain(NT(i, i, i)), drain(MyList([i])))
MyList.__iter__ = lambda self: iter(["patched"])
NT.__iter__ = lambda self: iter(("nt", "patched"))
print(drain(MyList([1])), drain(NT(1, 2, 3)), tuple(NT(4, 5, 6)))
del NT.__iter__
print(drain(NT(7, 8, 9)))


def many():
    t = 0
    for i in range(20000):
        t += len(list(NT(i, i, i))) + len(list(MyTuple((i,))))
    return t


print(many())
