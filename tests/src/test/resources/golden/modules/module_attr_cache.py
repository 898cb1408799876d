# Module attribute reads in a loop (cached while the module's dict entry is unchanged) see every rebinding,
# deletion, dict write, __class__ change and module __getattr__, as CPython's module getattr does.
import sys
import types
import helper_modattr as m


def read(n):
    out = []
    for _ in range(n):
        out.append(m.value)
    return out


for i in range(300):
    read(3)
print(read(2))
m.value = 2
print(read(2))
m.__dict__["value"] = "three"
print(read(2))
vars(m)["value"] = 4.0
print(read(1), m.get())
del m.value
try:
    read(1)
except AttributeError as e:
    print("AttributeError:", e)
m.value = None
print(read(1))

# a name rebound on every iteration
for i in range(2000):
    m.counter = i
    assert m.counter == i
print(m.counter)

# PEP 562 module __getattr__ for missing names only
m.__getattr__ = lambda name: "dynamic " + name
print(m.missing, m.value)


def strict_getattr(name):
    raise AttributeError(f"custom {name}")


m.__getattr__ = strict_getattr
try:
    m.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(m, "nothing", "default"), hasattr(m, "nothing"))
del m.__getattr__

# a module whose class is changed to a subclass with a property
class Special(types.ModuleType):
    @property
    def value(self):
        return "property wins"


for i in range(300):
    read(1)
m.__class__ = Special
print(read(1))
m.__class__ = types.ModuleType
print(read(1))

# sys.audit and friends: builtin module functions stay the same object
f = sys.audit
for i in range(1000):
    assert sys.audit is f
sys.audit = lambda *a: print("patched", a)
sys.audit("x", 1)
sys.audit = f
print(sys.audit is f)

# another module object with the same name is read from its own dict
other = types.ModuleType("helper_modattr")
other.value = "other"


def read_from(mod):
    return mod.value


for i in range(300):
    read_from(m)
    read_from(other)
print(read_from(m), read_from(other))
