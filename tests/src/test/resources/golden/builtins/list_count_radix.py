# list.count of an int scans the int storage in compiled code; other lists and values take the generic path.
# bin/hex/oct of longs use the JDK's shifting formatters
class Eq:
    def __eq__(self, o):
        return o == 3
lists = [[1, 2, 3, 3, 2], [1.0, 3, 3.0], [True, 1, 1.0], [Eq(), 3, 3], [2**70, 2**70], [], ["a", 3]]
for l in lists:
    print([l.count(v) for v in (3, 1, True, 2**70, "a", 3.0)])
class L(list):
    pass
print(L([3, 3, 4]).count(3))
try:
    list.count("abc", 1)
except TypeError as e:
    print(e)
def loop(l):
    n = 0
    for i in range(30000):
        n += l.count(i % 5)
    return n
print(loop([0, 1, 1, 2, 4, 4, 4]), loop([0, 1.0, "x"]))
for v in (0, 1, -1, 5, -255, 2**63 - 1, -2**63, 2**64, -(2**64) - 1, True):
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
for bad in (1.5, "3", None):
    try:
        bin(bad)
    except TypeError as e:
        print(e)
