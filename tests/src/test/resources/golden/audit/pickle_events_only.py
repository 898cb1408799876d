# Pickling raises no audit events (CPython's C pickler uses no id() and imports nothing);
# unpickling raises only "pickle.find_class" for each global it looks up.
import pickle
import sys

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

seen = []
sys.addaudithook(lambda event, args: seen.append((event, args)))
data = [pickle.dumps(o, proto) for proto in (0, 2, 4, 5) for o in (Point(1, 2), [1, "a", (2.5, None)], {"k": 1.5}, len)]
print("events while pickling:", seen)
seen.clear()
objs = [pickle.loads(d) for d in data]
print("events while unpickling:", sorted(set((e, a) for e, a in seen if e == "pickle.find_class")), len([e for e, a in seen if e != "pickle.find_class"]))
print([type(o).__name__ for o in objs])
