# The default excepthook writes the traceback as it goes, as CPython's print_exception does: a hook that writes to
# stderr during the open of a frame's source (or the compile of its caret segment) finds the lines before it
# already written, and an exception's __str__ runs after the frames are out.
import sys

def hook(event, args):
    if event in ("open", "compile", "sys.excepthook"):
        print("[event %s]" % event, file=sys.stderr)

class Loud(Exception):
    def __str__(self):
        print("[in __str__]", file=sys.stderr)
        return "loud"

def inner():
    return 1 / 0

def outer():
    try:
        inner()
    except ZeroDivisionError:
        e = Loud()
        e.add_note("a note")
        raise e

sys.addaudithook(hook)
outer()
