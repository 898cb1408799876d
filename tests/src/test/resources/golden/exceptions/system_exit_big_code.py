# SystemExit with an int beyond a C long: nothing is printed and the status is 255 (CPython's
# _Py_HandleSystemExit takes -1 when PyLong_AsLong fails); smaller codes are truncated to 8 bits.
import sys

try:
    sys.exit(2 ** 32 + 3)
except SystemExit as e:
    print("code", e.code)
print("exiting")
sys.exit(2 ** 70)
