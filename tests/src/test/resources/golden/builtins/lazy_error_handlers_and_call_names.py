# A codec error handler is looked up only at the first error (an unknown name is no error on clean text), and a
# keyword given twice through ** names the class called, as CPython's _PyObject_FunctionStr.
import collections
class C:
    def __init__(self, **kw):
        pass
def f(**kw):
    pass
for call in (lambda: dict(a=1, **{"a": 2}), lambda: C(a=1, **{"a": 2}), lambda: f(a=1, **{"a": 2}),
             lambda: collections.OrderedDict(a=1, **{"a": 2}), lambda: str(b"x", "utf-8", "bad"),
             lambda: "abc".encode("utf-8", "bad"), lambda: b"x".decode("ascii", "bad"), lambda: "abc".encode("latin-1", "nope"),
             lambda: "\xe9".encode("ascii", "bad"), lambda: b"\xff".decode("utf-8", "bad"), lambda: b"\xff".decode("ascii", "bad"),
             lambda: "\udc80".encode("utf-8", "bad"), lambda: "\xe9".encode("ascii", "ignore"), lambda: b"\xff".decode("utf-8", "replace")):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
