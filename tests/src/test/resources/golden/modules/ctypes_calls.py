# ctypes over libc and libm: loading libraries, symbols, calls with and without argtypes, restype, errno,
# callbacks (qsort) and CPython's errors. No addresses are printed.
import ctypes
import ctypes.util
from ctypes import (CDLL, CFUNCTYPE, POINTER, byref, c_char_p, c_double, c_float, c_int, c_long, c_size_t,
                    c_void_p, c_wchar_p, cdll, create_string_buffer, get_errno, set_errno, sizeof)

print("find_library c:", ctypes.util.find_library("c"))
print("find_library m:", ctypes.util.find_library("m"))
print("find_library nope:", ctypes.util.find_library("nopelibxyz"))

libc = CDLL("libc.so.6", use_errno=True)
proc = CDLL(None)
libm = cdll.LoadLibrary("libm.so.6")
print(type(libc).__name__, libc._name, proc._name, libm._name, isinstance(libc._handle, int))

# default conversions: int, bytes, str, None
print("strlen:", libc.strlen(b"hello"))
print("abs:", libc.abs(-42), proc.abs(7))
print("wcslen:", libc.wcslen("h\u00e9llo w\u00f6rld"))
print("strtol with NULL end:", libc.strtol(b"  -123xyz", None, 10))
print("same function object:", libc.strlen is libc.strlen, libc["strlen"] is libc.strlen)
print("function name:", libc.strlen.__name__, libc["abs"].__name__)

# restype/argtypes
libc.strchr.restype = c_char_p
libc.strchr.argtypes = [c_char_p, c_int]
print("strchr:", libc.strchr(b"hello world", ord("w")), libc.strchr(b"abc", ord("z")))
print("argtypes:", libc.strchr.argtypes, libc.strchr.restype is c_char_p)
libc.strtol.restype = c_long
end = c_char_p()
print("strtol:", libc.strtol(b"0x1fz", byref(end), 16), end.value)
libm.pow.restype = c_double
libm.pow.argtypes = [c_double, c_double]
print("pow:", libm.pow(2, 0.5), libm.pow(3, 4))
libm.sqrtf.restype = c_float
libm.sqrtf.argtypes = [c_float]
print("sqrtf:", libm.sqrtf(2.25))
libm.cos.restype = c_double
print("cos with c_double argument:", libm.cos(c_double(0.0)))
libc.wcschr.restype = c_wchar_p
libc.wcschr.argtypes = [c_wchar_p, ctypes.c_wchar]
print("wcschr:", libc.wcschr("gr\u00fc\u00dfe", "\u00df"))
libc.getpid.restype = None
print("void restype:", libc.getpid())

# variadic call into a buffer
buf = create_string_buffer(40)
n = libc.snprintf(buf, sizeof(buf), b"%d|%s|%.3f|%c", 42, b"str", c_double(2.71828), ord("Z"))
print("snprintf:", n, buf.value)

# errcheck
def check(result, func, args):
    print("errcheck saw", result, func.__name__, args)
    return result * 2
libc.labs.errcheck = check
print("labs through errcheck:", libc.labs(-21))

# errno with use_errno=True
libc.close.argtypes = [c_int]
print("close(-1):", libc.close(-1), "errno:", get_errno())
print("set_errno returns the old value:", set_errno(5), get_errno())
set_errno(0)

# a callback: qsort with a Python comparison
values = (c_int * 6)(5, -1, 7, 33, 99, 0)
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
seen = []
def compare(a, b):
    seen.append(1)
    return a[0] - b[0]
cmp_func = CMP(compare)
libc.qsort(values, len(values), sizeof(c_int), cmp_func)
print("qsort:", list(values), bool(seen))
# a function pointer called from Python, made from an address
STRLEN = CFUNCTYPE(c_size_t, c_char_p)
strlen2 = STRLEN(ctypes.cast(libc.strlen, c_void_p).value)
print("through an address:", strlen2(b"four"))
# a Python callback called from Python
print("callback called directly:", cmp_func(ctypes.pointer(c_int(3)), ctypes.pointer(c_int(10))))

def show(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
    else:
        print("ok:", r)

show(lambda: CDLL("libnope.so"))
show(lambda: libc.no_such_function_here)
show(lambda: libc.strchr(5, 1))
show(lambda: libc.strchr(b"x"))
show(lambda: libc.abs(1.5))
show(lambda: libc.abs(2 ** 70))
show(lambda: libc.abs(object()))
show(lambda: libm.pow("a", 1))
show(lambda: setattr(libc.abs, "restype", 5))
show(lambda: setattr(libc.abs, "argtypes", 5))
show(lambda: setattr(libc.abs, "argtypes", [5]))
show(lambda: libc.__foo__)
