# gc's audit events: "gc.get_objects" (generation or -1,), "gc.get_referrers" and
# "gc.get_referents" with the tuple of their positional arguments.
import gc
import sys

def hook(event, args):
    if event.startswith("gc."):
        print(event, [type(a).__name__ for a in args], args[0] if event == "gc.get_objects" else len(args[0]))

x = object()
y = [x, "s"]
sys.addaudithook(hook)
gc.get_objects()
gc.get_objects(generation=1)
gc.get_referrers(x)
r = gc.get_referents(y, (1, 2))
print(x in r, "s" in r, 1 in r)
gc.get_referents()
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError", e)
print(gc.collect(), gc.isenabled(), gc.is_tracked([]), gc.is_tracked(1))
