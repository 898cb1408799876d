# "sys.settrace" and "sys.setprofile" () on every call, None included; a hook that raises keeps the
# function from being installed; setting one from inside its own event's hook is refused.
import sys

def hook(event, args):
    if event in ("sys.settrace", "sys.setprofile"):
        print(event, args)

def tracer(frame, event, arg):
    return None

sys.addaudithook(hook)
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.getprofile())

def refuse(event, args):
    if event in ("sys.settrace", "sys.setprofile") and refusing:
        raise RuntimeError("refused " + event)
refusing = False
sys.addaudithook(refuse)
refusing = True
for setter, getter in ((sys.settrace, sys.gettrace), (sys.setprofile, sys.getprofile)):
    try:
        setter(tracer)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(getter())
refusing = False

def nested(event, args):
    if event == "sys.settrace" and args == () and not nested.done:
        nested.done = True
        try:
            sys.settrace(None)
        except RuntimeError as e:
            print("nested RuntimeError:", e)
nested.done = False
sys.addaudithook(nested)
sys.settrace(None)
print("done")
