# A str struct format is encoded as ASCII first (UnicodeEncodeError for other characters; a bytes format with such
# a byte is a bad char), and math.perm takes k as optional (perm(n) is n!).
import math
import struct
for f in ("\U0001f600x", "\xe9", b"\xe9", "<i\xe9", "2h"):
    try:
        print(repr(f), struct.calcsize(f))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
print(math.perm(5), math.perm(5, 2), math.perm(5, None), math.perm(0), math.perm(3, 5))
for args in ((-1,), (1.5,), (5, -1), (), (2**70,)):
    try:
        print(math.perm(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
