# Hooks while an uncaught exception is printed: "sys.excepthook" reaches the hooks with the
# current hook, type, value and traceback; a custom sys.excepthook that performs audited
# actions raises its events to the hooks too; the exit status stays 1.
import sys

def hook(event, args):
    if event == "sys.excepthook":
        h, t, v, tb = args
        print("sys.excepthook", h.__name__, t.__name__, repr(v), type(tb).__name__, flush=True)
        sys.audit("test.nested_in_excepthook_event")
    elif event.startswith("test.") or event == "builtins.id":
        print(event, args if event != "builtins.id" else "(id)", flush=True)

def my_excepthook(t, v, tb):
    print("my_excepthook:", t.__name__, v, flush=True)
    sys.audit("test.from_excepthook", str(v))
    id(v)
    sys.__excepthook__(t, v, tb)

sys.addaudithook(hook)
sys.excepthook = my_excepthook
def fail():
    raise LookupError("not found")
fail()
