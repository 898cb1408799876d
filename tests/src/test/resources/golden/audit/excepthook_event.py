# The "sys.excepthook" event: (hook, type, value, traceback) when an uncaught
# exception reaches the top level. Exit status is 1.
import sys

def excepthook(exc_type, exc_value, exc_tb):
    if exc_type is not RuntimeError:
        sys.__excepthook__(exc_type, exc_value, exc_tb)

def hook(event, args):
    if event == "sys.excepthook":
        if not isinstance(args[2], args[1]):
            raise TypeError(f"Expected isinstance({args[2]!r}, {args[1]!r})")
        if args[0] != excepthook:
            raise ValueError(f"Expected {args[0]} == {excepthook}")
        print(event, repr(args[2]), len(args), type(args[3]).__name__)

sys.addaudithook(hook)
sys.excepthook = excepthook
print("raising")
raise RuntimeError("fatal-error")
