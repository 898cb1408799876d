# super().__init__ of exception subclasses: plain (args only, the compiled fast path), with keywords,
# NameError (name=), StopIteration (value), no arguments
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(detail)
        self.code = code
class NF(AppError): pass
for i in range(3):
    try:
        raise NF(i, "missing")
    except AppError as e:
        print(type(e).__name__, e.args, e.code, str(e), repr(e))
class N2(NameError):
    def __init__(self, n):
        super().__init__("x", name=n)
e = N2("q"); print(e.name, e.args)
class S(StopIteration):
    def __init__(self, v):
        super().__init__(v)
print(S(5).value)
class K(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
try:
    K(1, x=2)
except TypeError as t:
    print("TypeError", t)
print(K(1,2).args)
class B(Exception):
    def __init__(self):
        super().__init__()
print(B().args)
