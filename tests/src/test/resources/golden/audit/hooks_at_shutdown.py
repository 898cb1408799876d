# Hooks at shutdown: still installed while atexit callbacks run; a Python hook then receives
# "cpython.PyInterpreterState_Clear" () and never "cpython._PySys_ClearAuditHooks"; a hook
# raising on it changes nothing (exit status 0). Output goes through os.write with the
# names bound as defaults, since module globals may already be cleared by then.
import atexit
import os
import sys

def hook(event, args, write=os.write, repr=repr):
    if event.startswith("cpython.") or event.startswith("test."):
        write(1, ("hook: " + event + " " + repr(args) + "\n").encode())

def raising(event, args):
    if event.startswith("cpython."):
        raise RuntimeError("raised at shutdown")

def at_exit():
    print("atexit callback runs", flush=True)
    sys.audit("test.atexit", 1)

sys.addaudithook(hook)
sys.addaudithook(raising)
atexit.register(at_exit)
print("main done", flush=True)
