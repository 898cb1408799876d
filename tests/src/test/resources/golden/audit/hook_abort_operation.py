# An exception raised by a hook aborts the audited operation with that exception.
import os
import sys
import tempfile
import shutil

workdir = tempfile.mkdtemp()
target = os.path.join(workdir, "audit_blocked.txt")
allowed = os.path.join(workdir, "audit_allowed.txt")

def guard(event, args):
    if event == "open" and isinstance(args[0], str) and os.path.basename(args[0]) == "audit_blocked.txt":
        raise PermissionError("opening audit_blocked.txt is not allowed")
    if event == "import" and args[0] == "helper_forbidden":
        raise RuntimeError("import of helper_forbidden refused")
    if event == "compile" and args[0] == b"forbidden()":
        raise ValueError("refusing to compile")

sys.addaudithook(guard)
try:
    with open(target, "w") as f:
        f.write("data")
except PermissionError as e:
    print("PermissionError:", e)
print("blocked file exists:", os.path.exists(target))
with open(allowed, "w") as f:
    f.write("fine")
print("allowed file exists:", os.path.exists(allowed))
try:
    import helper_forbidden
except RuntimeError as e:
    print("RuntimeError:", e)
print("helper_forbidden in sys.modules:", "helper_forbidden" in sys.modules)
try:
    eval("forbidden()")
except ValueError as e:
    print("ValueError:", e)
print("eval of other code still works:", eval("6 * 7"))
shutil.rmtree(workdir)
print("done")
