# If an audit hook raises RuntimeError on "sys.excepthook", sys.excepthook is not
# called: no traceback is printed, but the exit status is still 1.
import sys

def hook(event, args):
    if event == "sys.excepthook":
        print("audit hook vetoes the excepthook for", repr(args[2]))
        raise RuntimeError("silenced")

def custom(exc_type, exc_value, exc_tb):
    print("custom excepthook called (should not happen)")

sys.addaudithook(hook)
sys.excepthook = custom
print("about to fail")
raise KeyError("lost")
