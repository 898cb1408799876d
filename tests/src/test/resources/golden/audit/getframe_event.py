# The "sys._getframe" event carries the frame that is returned.
import sys

def hook(event, args):
    if event == "sys._getframe":
        frame = args[0]
        print(event, type(frame).__name__, frame.f_code.co_name)

sys.addaudithook(hook)

def inner():
    here = sys._getframe()
    caller = sys._getframe(1)
    return here.f_code.co_name, caller.f_code.co_name

def outer():
    return inner()

print(outer())
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError (no event):", e)
