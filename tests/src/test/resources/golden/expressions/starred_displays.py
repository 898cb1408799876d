# list and tuple displays with starred elements: gathered in order as each is evaluated, the TypeError of a
# non-iterable, an iterator's error passing through
l = [1, 2]; t = (3, 4)
print([*l, *t], (*t, 0, *l), [*range(3), *"ab", *{5: 6}], [*()], (*[],), [0, *l, 9, *t, *l, *t, *l, *t, *l, *t, *l, *t])
it = iter([1, 2, 3])
print([*map(str, [7]), next(it), *it])
for bad in (5, None):
    try:
        [*bad]
    except TypeError as e:
        print(e)
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print([*G(), *G()], (*G(),))
def gen():
    yield 1
    raise ValueError("x")
try:
    [*gen()]
except ValueError as e:
    print("VE", e)
n = 0
for i in range(50000):
    n += len([*l, *t, i]) + len((*t, *l))
print(n)
