# Hooks cannot be found from Python: no list or other container reachable through
# gc.get_objects(), gc.get_referrers(hook), sys.__dict__, the other modules in sys.modules or the
# frames of a running hook holds them (CPython keeps the hook list untracked by the GC).
import gc
import sys

def holds(container, target):
    if type(container) in (list, tuple, set, frozenset):
        return any(x is target for x in container)
    if type(container) is dict:
        return any(x is target for x in container.values())
    return False

class Hook:
    def __call__(self, event, args):
        if event == "test.frames":
            f = sys._getframe()
            names = []
            while f is not None:
                names.append(f.f_code.co_name)
                for k, v in f.f_locals.items():
                    if k != "self" and (v is self or holds(v, self)):
                        print("frame local holds the hook:", f.f_code.co_name, k)
                f = f.f_back
            print("frames from inside the hook:", names)

hook = Hook()
sys.addaudithook(hook)
sys.audit("test.frames")
print("lists in gc.get_objects() holding it:",
      [type(o).__name__ for o in gc.get_objects() if type(o) is not dict and holds(o, hook)])
print("containers among gc.get_referrers(hook):",
      [type(o).__name__ for o in gc.get_referrers(hook) if type(o) in (list, tuple, set)])
print("in sys.__dict__:", [k for k, v in vars(sys).items() if v is hook or holds(v, hook)])
print("in other modules:", [n for n, m in sorted(sys.modules.items()) if n != "__main__" and
                            any(v is hook or holds(v, hook) for v in vars(m).values())])
print("sys attributes mentioning audit:", sorted(k for k in dir(sys) if "audit" in k.lower()))
def in_function():
    sys.audit("test.frames")
in_function()
