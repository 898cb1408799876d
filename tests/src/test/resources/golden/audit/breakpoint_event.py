# "builtins.breakpoint" (hook,): raised by breakpoint() with the current sys.breakpointhook,
# before calling it; a hook that raises stops the call; no event when sys.breakpointhook is gone.
import sys

def hook(event, args):
    if event == "builtins.breakpoint":
        print(event, [getattr(a, "__name__", type(a).__name__) for a in args])
        if args[0] is refused:
            raise RuntimeError("breakpoint refused")

def my_breakpointhook(*args, **kws):
    print("my_breakpointhook called with", args, sorted(kws.items()))
    return "hook result"

def refused(*args, **kws):
    print("refused hook called (must not happen)")

sys.addaudithook(hook)
sys.breakpointhook = my_breakpointhook
print(breakpoint())
print(breakpoint(1, 2, key="v"))
sys.breakpointhook = refused
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = len
try:
    breakpoint()
except TypeError as e:
    print("TypeError:", e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
