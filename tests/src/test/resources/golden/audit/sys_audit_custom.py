# sys.audit with custom events: the arguments reach hooks as a tuple, as given.
import sys

def hook(event, args):
    if event.startswith("custom."):
        print(event, type(args).__name__, len(args), repr(args))

sys.addaudithook(hook)
sys.audit("custom.none")
sys.audit("custom.one", 1)
sys.audit("custom.many", 1, "two", 3.0, None, [4], {"k": 5})
sys.audit("custom.tuple", (1, 2))
sys.audit("custom.nested", (1, (2, 3)), ())
payload = ("a", "b")
sys.audit("custom.star", *payload)
sys.audit("custom.bytes", b"\x00raw", bytearray(b"x"))
sys.audit("custom.unicode", "caf\u00e9", "\u20ac")
sys.audit("other.ignored", 1)
print("sys.audit returns", sys.audit("custom.ret"))
seen = []
sys.addaudithook(lambda e, a: seen.append(a) if e == "custom.identity" else None)
marker = ["shared", "list"]
sys.audit("custom.identity", marker)
print("same object passed through:", seen[0][0] is marker)
try:
    sys.audit()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.audit("custom.kw", key=1)
except TypeError as e:
    print("TypeError:", e)
