# seq[a:b] without a step: str and list with int or absent bounds (taken without a slice object), and the
# other cases (bool/None/__index__ bounds, subclasses, tuples, non-BMP str, errors, evaluation order).
s = "hello world"
L = list(range(10))
for a in (None, -20, -3, -1, 0, 1, 3, 11, 20):
    for b in (None, -20, -2, 0, 2, 5, 11, 30):
        print(a, b, repr(s[a:b]), L[a:b])
print(s[:], s[:] == s, L[:] is L, L[:] == L)
print(s[True:], L[False:True], s[1:None], L[None:2])
t = (1, 2, 3)
print(t[1:], t[:] is t, t[5:1], b"bytes"[1:3], bytearray(b"xyz")[1:])
u = "a\U0001F600b\U0001F601c"
print(u[1:3], len(u[1:]), u[-2:], u[:-1])


class I:
    def __index__(self):
        return 2


print(s[I():], L[:I()])


class MyList(list):
    def __getitem__(self, k):
        return ("MyList", k)


class MyStr(str):
    pass


print(MyList([1, 2, 3])[1:2], repr(MyStr("abc")[1:]), type(MyStr("abc")[1:]).__name__)
print(range(10)[2:5], memoryview(b"abc")[1:].tobytes() if "memoryview" in dir(__builtins__) else b"bc")


def tag(x):
    print("eval", x)
    return x


print(tag(s)[tag(1):tag(4)])
for bad in [1.5, "x"]:
    try:
        s[bad:]
    except TypeError as e:
        print("TypeError:", e)
    try:
        L[:bad]
    except TypeError as e:
        print("TypeError:", e)
try:
    n = None
    n[1:2]
except TypeError as e:
    print("TypeError:", e)
try:
    {}[1:2]
except TypeError as e:
    print("TypeError:", e)
big = 10**20
print(s[-big:big], L[big:], L[:-big])
