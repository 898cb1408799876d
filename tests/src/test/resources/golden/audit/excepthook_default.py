# The "sys.excepthook" event with the default hook: the traceback still goes to
# stderr after the audit hook ran.
import sys

def hook(event, args):
    if event == "sys.excepthook":
        print(event, args[0] is sys.__excepthook__, args[1].__name__, repr(args[2]))

sys.addaudithook(hook)

def fail():
    raise ValueError("unhandled")

print("calling fail()")
fail()
