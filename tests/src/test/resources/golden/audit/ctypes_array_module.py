# An array type that ctypes makes (c_char * n, create_string_buffer) is named after the calling module, as
# CPython's type_new_set_module does, without a sys._getframe event of its own.
import sys
import ctypes

def hook(event, args):
    if not event.startswith("ctypes."):
        print(event)

sys.addaudithook(hook)
print((ctypes.c_int * 3).__module__)
print(type(ctypes.create_string_buffer(4)).__module__)
def f():
    return ctypes.c_char * 7
print(f().__module__)
