# "open" (path, mode, flags) from every way of opening a file: io.open, io.open_code (path, 'r', flags),
# io.FileIO directly, _io.open, an opener= that calls os.open (the FileIO event first, then os.open's
# with mode None), os.open with extra flags, and a PathLike path (the event has the str).
import _io
import io
import os
import sys
import tempfile

workdir = tempfile.mkdtemp()
p = os.path.join(workdir, "audit_paths.txt")

class Path:
    def __fspath__(self):
        return p

def hook(event, args):
    if event == "open" and isinstance(args[0], str) and os.path.basename(args[0]).startswith("audit_"):
        print("open", repr(os.path.basename(args[0])), repr(args[1]), args[2])

sys.addaudithook(hook)
with io.open(p, "w") as f:
    f.write("data")
with io.open_code(p) as f:
    print(type(f).__name__, f.read())
with io.FileIO(p, "r") as f:
    print(type(f).__name__, f.read())
with io.FileIO(p, "a") as f:
    pass
with _io.open(p, "rb") as f:
    pass
with open(p, "r", opener=lambda path, flags: os.open(path, flags)) as f:
    print("opener read", f.read())
fd = os.open(p, os.O_RDWR | os.O_APPEND)
os.close(fd)
with open(Path(), "rb") as f:
    pass
os.unlink(p)
os.rmdir(workdir)
