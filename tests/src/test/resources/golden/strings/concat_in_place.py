# s += t and s = s + t on a fast local build the str in place (auditpy: a builder in the frame slot); everything a
# Python program can see must be as if each step made a new str.
import sys


def build(n):
    s = ""
    for i in range(n):
        s += "ab" + str(i % 10)
    return s


def build_assign(n):
    s = "start:"
    for i in range(n):
        s = s + chr(65 + i % 26)
    return s


def aliases():
    s = "x" * 200
    t = s
    s += "tail"
    print(len(t), len(s), t is s, t == s[:200])
    u = s
    print(u is s, s is s)
    s += "more"
    print(len(u), len(s), u is s)
    snapshots = []
    for i in range(5):
        s += str(i)
        snapshots.append(s)
    print([len(x) for x in snapshots], snapshots[-1][-10:])
    print(len(set(map(id, snapshots))) == 5)


def reads_between(n):
    s = "#" * 150
    lengths = 0
    for i in range(n):
        s += "."
        lengths += len(s)
        if s.endswith("." * 7):
            s += "|"
    return lengths, s.count("|"), s[-20:]


def walrus():
    s = "a" * 130
    s += (s := "b") + "c"
    print(len(s), s[:3], s[-3:])
    s = "q" * 130
    s = s + (s := "z")
    print(len(s), s[-2:])


def frames():
    s = "f" * 140
    s += "g"
    print(sorted(k for k in locals()), len(locals()["s"]), type(locals()["s"]).__name__)
    s += "h"
    f = sys._getframe()
    print(f.f_locals["s"][-3:], type(f.f_locals["s"]) is str)


def errors():
    s = "e" * 140
    s += "x"
    try:
        s += 1
    except TypeError as e:
        print("TypeError:", e)
    print(len(s), s[-2:])
    try:
        s = s + None
    except TypeError as e:
        print("TypeError:", e)

    def boom():
        raise ValueError("rhs failed")

    try:
        s += boom()
    except ValueError as e:
        print("ValueError:", e, len(s))
    del s
    try:
        s += "y"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


class Rhs:
    def __radd__(self, other):
        return ("radd", len(other))


class MyStr(str):
    def __radd__(self, other):
        return "radd:" + other[-2:]

    def __add__(self, other):
        return MyStr(str.__add__(self, other))


def mixed():
    s = "m" * 150
    s += "n"
    s += Rhs()
    print(s)
    s = "p" * 150
    s += "q"
    s += MyStr("sub")
    print(s, type(s).__name__)
    s = MyStr("k" * 150)
    s += "w"
    print(len(s), type(s).__name__)
    n = 5
    n += 7
    l = [1]
    alias = l
    l += [2, 3]
    print(n, l, alias is l)
    t = (1,)
    t += (2,)
    print(t)
    b = b"x" * 150
    b += b"y"
    print(len(b), b[-2:])


def astral():
    s = "\U0001F600" * 70
    s += "\u00e9"
    s += "\U0001F601"
    print(len(s), s[-1] == "\U0001F601", s[69] == "\U0001F600", s[70])
    s += "end"
    print(s[-5:].encode("utf-8"), s.count("\U0001F600"))


def gen():
    s = "g" * 140
    while True:
        got = yield len(s)
        if got is None:
            return s
        s += got


def closure():
    s = "c" * 140

    def inner():
        return len(s)

    s += "d"
    return inner()


r = build(2000)
print(len(r), r[:12], r[-12:], r.count("ab7"))
r = build_assign(500)
print(len(r), r[:10], r[-10:])
aliases()
print(reads_between(300))
walrus()
frames()
errors()
mixed()
astral()
g = gen()
print(next(g), g.send("xy"), g.send("z" * 10))
try:
    g.send(None)
except StopIteration as e:
    print(len(e.value), e.value[-12:])
print(closure())


def traceback_carets():
    s = "t" * 140
    s += "u"
    s = s + 5


traceback_carets()
