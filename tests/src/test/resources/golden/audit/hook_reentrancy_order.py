# Re-entrancy: an event raised inside a hook is delivered at once to every hook, the running one
# included, before the outer event reaches the later hooks; an exception from the nested
# dispatch propagates out of the outer hook like any other.
import sys

log = []

def first(event, args):
    if event in ("test.outer", "builtins.id", "test.inner", "compile", "exec") and log is not None:
        log.append("first " + event)
        if event == "test.outer":
            id(args)
            sys.audit("test.inner")
            eval("1")

def second(event, args):
    if event in ("test.outer", "builtins.id", "test.inner", "compile", "exec") and log is not None:
        log.append("second " + event)
        if event == "test.inner" and args == ("fail",):
            raise ValueError("nested failure")

sys.addaudithook(first)
sys.addaudithook(second)
sys.audit("test.outer")
print("\n".join(log))
log.clear()

def third(event, args):
    if event == "test.outer2":
        try:
            sys.audit("test.inner", "fail")
        except ValueError as e:
            log.append("third caught " + repr(e))
        sys.audit("test.inner", "fail")
sys.addaudithook(third)
try:
    sys.audit("test.outer2")
except ValueError as e:
    log.append("outer2 failed with " + repr(e))
print("\n".join(log))
log = None
