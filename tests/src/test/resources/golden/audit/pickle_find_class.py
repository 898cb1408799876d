# pickle.Unpickler.find_class raises "pickle.find_class" (module, name) before importing;
# an exception from the hook propagates unchanged (not wrapped in UnpicklingError).
import pickle
import sys

class PicklePrint:
    def __reduce_ex__(self, p):
        return str, ("Pwned!",)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

payload_1 = pickle.dumps(PicklePrint())
payload_2 = pickle.dumps(("a", "b", "c", 1, 2, 3))
print(payload_1)
print(payload_2)
print(pickle.loads(payload_1))

blocked = set()

def hook(event, args):
    if event == "pickle.find_class":
        print(event, args)
        if args in blocked:
            raise RuntimeError("blocked " + ".".join(args))

sys.addaudithook(hook)
print(pickle.loads(payload_2))
p = pickle.loads(pickle.dumps(Point(1, [2, 3])))
print(type(p).__name__, p.x, p.y)
for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(Point(proto, "q"), proto)).x)
blocked.add(("builtins", "str"))
try:
    pickle.loads(payload_1)
except RuntimeError as e:
    print(type(e).__name__, e)
print(pickle.dumps([1, {"a": (1.5, None)}], 2))
print(pickle.dumps(["x", b"y"], 0))
