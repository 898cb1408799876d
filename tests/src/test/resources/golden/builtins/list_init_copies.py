# list(iterable) and list.__init__: a copy of a list keeps its elements (ints, floats, mixed, big ints) and is a new
# list; the list is emptied before it is extended (list.__init__(a, a) leaves a empty, an iterable that raises leaves
# the items it gave, a non-iterable leaves it empty); a list subclass with its own __iter__ is iterated.
a = [1, 2]; list.__init__(a, a); print(a)
b = [1, 2]; list.__init__(b, (3, 4)); print(b)
def gen():
    yield 1
    yield 2
    raise ValueError("stop")
c = [9, 9, 9]
try:
    list.__init__(c, gen())
except ValueError as e:
    print("ValueError", e, c)
d = [1.5, 2.5]
e = list(d); e.append(3); print(d, e, list([1, "a", None]), list([2 ** 70, 1]), list(()), list([]))
class L(list):
    def __iter__(self):
        return iter([7, 8])
print(list(L([1, 2])), L([3]), list(range(3)), list("ab"), list({1: 2}))
f = [1, 2, 3]; g = list(f); g[0] = 100; print(f, g)
x = [1, 2, 3]; x.__init__(); print(x)
x = [1, 2, 3]; x.__init__([4]); print(x)
try:
    list(5)
except TypeError as e:
    print("TypeError", e)
try:
    list.__init__(x, 5)
except TypeError as e:
    print("TypeError", e, x)

# in a hot loop: copies of int, float and str lists, changed after the copy
ints = list(range(100))
floats = [i / 4 for i in range(100)]
strs = [str(i) for i in range(100)]
total = 0
for rep in range(3000):
    a, b, c = list(ints), list(floats), list(strs)
    a[rep % 100] = -1
    b.append(0.5)
    c.pop()
    total += sum(a) + int(sum(b)) + len(c) + ints[rep % 100]
print(total, ints[:3], len(floats), len(strs))
