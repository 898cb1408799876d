# del l[a:b] and del l[a:b:c] on lists of ints, floats, strs and mixed values: ranges given by negative, out-of-range
# and omitted bounds, a step of -1 (the same range from its other end) and of 2 and -3, empty ranges, a slice of
# __index__ objects, then appends and reads on the list that shrank; a big list emptied by halves; a queue kept by
# deleting its consumed head (collections.deque's pattern) in a hot loop.

class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def cases(make):
    out = []
    for sl in [slice(2, 5), slice(None, 3), slice(7, None), slice(-3, None), slice(-100, 2), slice(3, 100),
               slice(5, 2), slice(None, None), slice(5, 2, -1), slice(None, None, -1), slice(-2, -6, -1),
               slice(1, 8, 2), slice(None, None, -3), slice(Ix(1), Ix(4)), slice(0, 0), slice(9, 9, -1)]:
        l = make()
        del l[sl]
        l.append(make()[0])
        out.append((sl.start if not isinstance(sl.start, Ix) else "ix", l, len(l)))
    return out


for make in (lambda: list(range(10)), lambda: [i / 2 for i in range(10)], lambda: [str(i) for i in range(10)],
             lambda: [1, "a", 2.5, None, (1,), 2 ** 70, True, [], {}, 0]):
    for line in cases(make):
        print(line)

try:
    l = [1, 2, 3]
    del l[::0]
except ValueError as e:
    print("ValueError", e)
try:
    l = [1, 2, 3]
    del l["a":]
except TypeError as e:
    print("TypeError", e)

big = list(range(100000))
while len(big) > 3:
    del big[: len(big) // 2]
print(big, big + [1], sum(big))
fl = [0.5] * 1000
del fl[10:]
fl.append(1.5)
print(len(fl), fl[-3:])

# a queue whose consumed head is deleted now and then
data = []
head = 0
total = 0
for i in range(300000):
    data.append(i)
    if i % 3:
        total += data[head]
        data[head] = None
        head += 1
        if head >= 32 and head * 2 >= len(data):
            del data[:head]
            head = 0
print(total, len(data) - head, data[head], data[-1])
