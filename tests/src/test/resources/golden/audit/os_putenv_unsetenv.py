# os.putenv / os.unsetenv raise their events with the converted names (bytes); putenv refuses a name with '='
# before its event, the C library refuses an empty name (and unsetenv one with '=') with EINVAL after it;
# os.environ's item assignment and deletion go through them.
import os
import sys


def hook(event, args):
    if event in ("os.putenv", "os.unsetenv"):
        print(event, args)


sys.addaudithook(hook)
os.putenv("AUDITPY_GOLDEN_A", "value")
os.putenv(b"AUDITPY_GOLDEN_B", b"bytes")
os.unsetenv("AUDITPY_GOLDEN_A")
os.environ["AUDITPY_GOLDEN_C"] = "1"
print(os.environ["AUDITPY_GOLDEN_C"])
del os.environ["AUDITPY_GOLDEN_C"]
print("AUDITPY_GOLDEN_C" in os.environ)
cases = [(os.putenv, ("", "x")), (os.putenv, ("A=B", "x")), (os.unsetenv, ("",)), (os.unsetenv, ("A=B",)),
         (os.putenv, ("A", "x\0y")), (os.putenv, (1, "x")), (os.unsetenv, (b"",))]
for f, args in cases:
    try:
        f(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
