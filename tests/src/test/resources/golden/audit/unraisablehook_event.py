# "sys.unraisablehook" (hook, unraisable) before sys.unraisablehook is called,
# with an UnraisableHookArgs whose err_msg is "Exception ignored " + the message.
import sys
from _testcapi import write_unraisable_exc

seen = []

def unraisablehook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, repr(u.exc_value), type(u.exc_traceback).__name__, u.exc_traceback.tb_frame.f_code.co_name, u.exc_traceback.tb_lineno, u.err_msg, u.object))

def hook(event, args):
    if event == "sys.unraisablehook":
        print(event, args[0] is unraisablehook, repr(args[1].exc_value), args[1].err_msg)

sys.addaudithook(hook)
sys.unraisablehook = unraisablehook
write_unraisable_exc(RuntimeError("nonfatal-error"), "for audit hook test", None)
write_unraisable_exc(ValueError("v"), None, "some object")
for s in seen:
    print(s)
