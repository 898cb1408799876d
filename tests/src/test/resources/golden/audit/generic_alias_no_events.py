# list[int] and int | None raise no audit event and add no module to sys.modules (built-in types in CPython).
import sys
events = []
sys.addaudithook(lambda e, a: events.append(e))
before = set(sys.modules)
x = list[int]
y = int | None
def f(a: dict[str, int] | None): pass
print([e for e in events if e not in ("sys._getframe",)], sorted(set(sys.modules) - before))
