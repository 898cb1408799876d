# Printing a traceback reads the source of each frame: the default excepthook raises "open"
# (path, 'r', 524288) for every entry whose file name is not <...>, and "compile" (segment, path)
# when it parses a one-line segment to place the carets.
import sys

def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(".py"):
        print("open", args[0].rsplit("/", 1)[-1], args[1:], flush=True)
    elif event == "compile" and args[0] is not None and isinstance(args[1], str) and args[1].endswith(".py"):
        print("compile", args[0], args[1].rsplit("/", 1)[-1], flush=True)
    elif event == "sys.excepthook":
        print("sys.excepthook", args[1].__name__, flush=True)

def inner(d):
    return d["a"]["b"] + 1

def multi(d):
    return inner(
        d
    )

def via_exec(d):
    exec("multi(d)", {"multi": multi, "d": d})

sys.addaudithook(hook)
try:
    via_exec({"a": {}})
except KeyError:
    print("caught: no events without printing")
via_exec({"a": {}})
