# A match statement in a generator (dataclasses._get_slots), with yields in its cases.
def _get_slots(cls):
    match cls.__dict__.get('__slots__'):
        case None:
            return
        case str(slot):
            yield slot
        case iterable if not hasattr(iterable, '__next__'):
            yield from iterable
        case _:
            raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
class A: pass
class B: __slots__ = 'x'
class C: __slots__ = ('y', 'z')
class D: __slots__ = iter(['q'])
for k in (A, B, C):
    print(k.__name__, list(_get_slots(k)))
try:
    list(_get_slots(D))
except TypeError as e:
    print(e)
def gen(items):
    for item in items:
        match item:
            case (k, v) if k != "skip":
                yield f"{k}={v}"
                yield "after"
            case [*xs]:
                yield len(xs)
            case other:
                yield other
print(list(gen([("a", 1), ("skip", 2), [1, 2, 3], 7])))
