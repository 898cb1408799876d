# One-line case bodies and codecs' byte-order marks written once (utf-16/utf-32 incremental encoders and writers).
import codecs
import io

for v in [0, 1, [1, 2], {"k": 3}, "x"]:
    match v:
        case 0: print("zero")
        case 1 | 2 if v > 0: print("small", v)
        case [a, b]: print("pair", a, b); print("again")
        case {"k": k}: print("k", k)
        case _: print("other", v)

def f(x):
    match x:
        case int(): return "int"
        case str(): return "str"
print(f(1), f("a"), f(1.5))

for name in ["utf-16", "utf-32", "utf-8", "utf-16-be"]:
    e = codecs.getincrementalencoder(name)()
    print(name, e.getstate(), e.encode("a"), e.encode("b"), e.getstate())
    e.reset()
    print(name, e.encode("c"))
    b = io.BytesIO()
    w = codecs.getwriter(name)(b)
    w.write("ab")
    w.write("cd")
    print(name, b.getvalue(), b.getvalue().decode(name))
    print(name, b"".join(codecs.iterencode(["x", "y", "z"], name)))
e = codecs.getincrementalencoder("utf-16")()
e.encode("a")
try:
    e.encode(1)
except TypeError as exc:
    print(exc)
