# sys.audit validates the event name only when hooks exist.
import sys

print("no hooks yet:", sys.audit(9), sys.audit(None, 1))

def hook(event, args):
    if event.startswith("probe"):
        print("hook:", repr(event), type(event).__name__, args)

sys.addaudithook(hook)
for bad in (9, None, b"probe.bytes", 1.5):
    try:
        sys.audit(bad)
    except TypeError as e:
        print("TypeError:", e)

class MyStr(str):
    pass

sys.audit(MyStr("probe.subclass"), "arg")
sys.audit("probe.plain")
sys.audit("probe.\u00e9v\u00e9nement", 1)
