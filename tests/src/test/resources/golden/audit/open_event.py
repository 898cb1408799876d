# The "open" event from open(): (path, mode, flags), with the raw FileIO mode.
import os
import sys
import tempfile
import shutil

workdir = tempfile.mkdtemp()

def hook(event, args):
    if event == "open":
        path, mode, flags = args
        if isinstance(path, str) and os.path.basename(path).startswith("audit_"):
            print("open", repr(os.path.basename(path)), repr(mode), flags)
        elif isinstance(path, bytes) and os.path.basename(path).startswith(b"audit_"):
            print("open bytes-path", repr(os.path.basename(path)), repr(mode), flags)
        elif isinstance(path, int):
            print("open fd", type(path).__name__, repr(mode), flags)

sys.addaudithook(hook)
p = os.path.join(workdir, "audit_file.txt")
for mode in ["w", "r", "a", "rb", "wb", "ab", "r+", "w+", "a+", "w+b", "rt"]:
    with open(p, mode) as f:
        pass
x = os.path.join(workdir, "audit_exclusive.txt")
with open(x, "x") as f:
    f.write("new")
try:
    open(x, "x")
except FileExistsError:
    print("FileExistsError after the event")
try:
    open(os.path.join(workdir, "audit_missing.txt"))
except FileNotFoundError:
    print("FileNotFoundError after the event")
with open(os.fsencode(p), "rb") as f:
    pass
fd = os.open(p, os.O_RDONLY)
with open(fd, "rb", closefd=False) as f:
    pass
os.close(fd)
print("-- os.open raises the event with mode None")
fd = os.open(os.path.join(workdir, "audit_osopen.txt"), os.O_WRONLY | os.O_CREAT)
os.close(fd)
try:
    open(p, "rw")
except ValueError as e:
    print("ValueError (no event for an invalid mode):", e)
shutil.rmtree(workdir)
