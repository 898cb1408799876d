# PEP 526 variable annotations in modules and classes, and PEP 3107 function annotations (CPython 3.11 order).
x: int = 1
y: "str"
print(__annotations__, x)
order = []


def A(n):
    order.append(n)
    return n


class C:
    a: A("a-ann") = A("a-val")
    b: list
    __private: int = 3
    if True:
        c: A("c-ann") = 5
    for _ in range(1):
        d: float
    try:
        e: bytes = b""
    finally:
        pass

    def m(self, __x: int, *args: A("args"), k: A("k") = A("k-default"), **kw: dict) -> A("ret"):
        z: A("never evaluated") = 1
        return z


print(C.__annotations__)
print(C.m.__annotations__)
print(order)
print(C().m(1))
obj = C()
obj.attr: int = 7
print(obj.attr, "attr" in C.__annotations__)
lst = [0]
lst[0]: A("subscript-ann") = 9
print(lst, order[-1])


def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6:
    pass


print(f.__annotations__)
f.__annotations__["extra"] = 0
print(f.__annotations__)


def g(p, q=1):
    pass


print(g.__annotations__, (lambda v: v).__annotations__)


class D:
    pass


print("__annotations__" in D.__dict__, D.__annotations__ if hasattr(D, "__annotations__") else None)


class E(C):
    w: int


print(E.__annotations__)
ns = {}
exec("u: int = 2\nv: str", ns)
print(ns["__annotations__"], ns["u"])


class F(C):
    pass


print(F.__annotations__, C.__annotations__["a"])
F.__annotations__ = {"q": 1}
print(F.__annotations__)
del F.__annotations__
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
