# "object.__getattr__" is raised for reads of restricted attributes only.
import sys

def hook(event, args):
    if event == "object.__getattr__":
        print(event, type(args[0]).__name__, repr(args[1]))

def func(a, b=2, *, c=3):
    return a

def gen():
    yield 1

g = gen()
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
frame = sys._getframe()
sys.addaudithook(hook)
print("-- function.__code__, __defaults__, __kwdefaults__")
print(func.__code__.co_name, func.__defaults__, func.__kwdefaults__)
print("-- frame.f_code")
print(frame.f_code.co_name)
print("-- generator.gi_frame and gi_code")
print(type(g.gi_frame).__name__, g.gi_code.co_name)
print("-- traceback.tb_frame")
print(tb.tb_frame.f_code.co_name)
print("-- getattr() also raises it")
print(getattr(func, "__code__").co_argcount)
print("-- unrestricted attributes: no event")
print(func.__name__, func.__qualname__, type(func.__globals__).__name__, func.__closure__, tb.tb_lineno,
      frame.f_lineno > 0, type(frame.f_globals).__name__)
