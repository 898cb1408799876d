# sys.addaudithook raises the event "sys.addaudithook" with no arguments.
# Existing hooks see it; the hook being added does not see its own addition.
import sys

def make_hook(name):
    def hook(event, args):
        if event == "sys.addaudithook":
            print(f"{name} saw {event} args={args!r} type={type(args).__name__}")
    return hook

print("adding hook1")
sys.addaudithook(make_hook("hook1"))
print("adding hook2")
result = sys.addaudithook(make_hook("hook2"))
print("addaudithook returned", result)
print("adding hook3")
sys.addaudithook(make_hook("hook3"))
print("adding hook4 by keyword")
sys.addaudithook(hook=make_hook("hook4"))
print("adding hook5")
sys.addaudithook(make_hook("hook5"))
try:
    sys.addaudithook()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.addaudithook(1, 2)
except TypeError as e:
    print("TypeError:", e)
