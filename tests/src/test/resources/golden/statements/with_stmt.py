# with statements: several items, suppression, exceptions in __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer"), CM("inner", suppress=True):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("nosuppress"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
class Broken:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), Broken():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
class Target:
    pass
t = Target()
with CM("attr") as t.field:
    pass
print(t.field)
with CM("unpack") as (c1, c2, *cr):
    print(c1, c2, cr)
