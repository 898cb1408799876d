# The sys module.
import sys
print(sys.argv, type(sys.argv).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "builtins" in sys.modules, type(sys.modules).__name__)
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version).__name__)
print(isinstance(sys.implementation.name, str), len(sys.implementation.name) > 0)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
n = sys.stdout.write("via sys.stdout.write\n")
print(n)
sys.stdout.flush()
def who_am_i():
    return sys._getframe().f_code.co_name
def caller_name():
    return sys._getframe(1).f_code.co_name
def outer_function():
    return caller_name()
print(who_am_i(), outer_function(), sys._getframe().f_code.co_name)
print(callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
print(sys.exc_info())
try:
    raise KeyError("inside")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), type(tb).__name__)
    print(repr(sys.exception()))
print(sys.exc_info()[0])
print(isinstance(sys.getrecursionlimit(), int), sys.getdefaultencoding())
print(type(sys.stdin).__name__ == type(sys.stdout).__name__, sys.stdout.encoding.lower().replace("-", ""))
print(hasattr(sys, "addaudithook"), hasattr(sys, "audit"))
print(sys.flags.optimize, isinstance(sys.platform, str))
