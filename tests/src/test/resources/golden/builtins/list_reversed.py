# reversed() of lists: a list subclass's own __getitem__ is not called, an iterator over a list that shrank or grew,
# list() of a partly consumed reverse iterator (ints, floats, strs, objects), reversed subclasses, tuples, strs, ranges.
class L(list):
    def __getitem__(self, i):
        return 42
print(list(reversed(L([1, 2, 3]))), list(reversed([])), list(reversed([1.5, 2.5])), list(reversed([1, "a", None])))
l = [1, 2, 3, 4]
r = reversed(l)
print(next(r), next(r))
l.clear()
print(list(r))
l = [1, 2, 3, 4]
r = reversed(l)
next(r)
l.append(5)
print(list(r))
l = [1, 2, 3, 4]
r = reversed(l)
del l[1:]
print(list(r), type(reversed([])).__name__)
t = 0
for rep in range(20000):
    for x in reversed(l + [rep, 2]):
        t += x
print(t)
class R(reversed):
    pass
print(list(R([1, 2])))
print(list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(3))))
l = [1, 2, 3, 4, 5]
r = reversed(l)
next(r); next(r)
print(list(r), list(r), next(r, "end"))
r = reversed([0.5, 1.5, 2.5]); next(r); print(list(r))
r = reversed(["a", "b"]); print(list(r), list(reversed([])), list(reversed([[1], [2]])))
acc = 0
for rep in range(20000):
    acc += sum(list(reversed([rep, rep + 1, 3]))[:2])
print(acc)
