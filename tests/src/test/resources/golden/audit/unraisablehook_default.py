# The default unraisable hook's output, a failing sys.unraisablehook
# ("Exception ignored in sys.unraisablehook: <hook>") and a failing audit hook
# ("Exception ignored in audit hook", the original exception not shown).
import sys
from _testcapi import write_unraisable_exc

def f():
    raise ValueError("inner")

try:
    f()
except ValueError as e:
    err = e
write_unraisable_exc(err, "in test", "OBJ")
write_unraisable_exc(RuntimeError("plain"), None, None)
write_unraisable_exc(RuntimeError("with object"), None, 42)

class BadHook:
    def __call__(self, u):
        raise KeyError("hookfail")
    def __repr__(self):
        return "<BadHook>"

sys.unraisablehook = BadHook()
write_unraisable_exc(RuntimeError("x"), "msg", None)
sys.unraisablehook = sys.__unraisablehook__

def audit(event, args):
    if event == "sys.unraisablehook":
        raise TypeError("from audit")

sys.addaudithook(audit)
write_unraisable_exc(RuntimeError("y"), "msg", None)
print("done")
