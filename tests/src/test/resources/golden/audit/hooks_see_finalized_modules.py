# What a Python hook finds at its last event, cpython.PyInterpreterState_Clear: CPython's finalize_modules has run,
# so sys.modules is empty, every value in sys and builtins is None (a hook that print()s each event prints nothing
# for this one), imported modules' globals are None but __builtins__, and __main__'s globals are as they were,
# less __file__, which is gone once the script has run (atexit callbacks see that too).
import atexit
import builtins
import json
import os
import sys

X = 42


def show(event, args):
    print("hook:", event, args)


def state(event, args, write=os.write, modules=sys.modules, sysdict=sys.__dict__, bdict=builtins.__dict__,
          jdict=json.__dict__, main=globals(), r=repr, length=len, sort=sorted):
    if event != "cpython.PyInterpreterState_Clear":
        return
    lines = [
        "sys.modules: %d entries" % length(modules),
        "sys values not None: %r" % [k for k, v in sysdict.items() if v is not None],
        "builtins values not None: %r" % [k for k, v in bdict.items() if v is not None],
        "json values not None: %r" % [k for k, v in jdict.items() if v is not None],
        "main X: %r, json: %r, __file__ present: %r" % (main.get("X"), main.get("json") is not None, "__file__" in main),
    ]
    for line in lines:
        write(1, (line + "\n").encode())


def at_exit():
    print("atexit: __file__ in globals:", "__file__" in globals(), flush=True)


# state first: the first hook that raises (show, at the last event) ends that event's dispatch
sys.addaudithook(state)
sys.addaudithook(show)
atexit.register(at_exit)
print("__file__ while running:", os.path.basename(__file__))
sys.audit("test.event", 1)
print("done", flush=True)
