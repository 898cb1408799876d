# The audit events a hook sees under pathlib's operations: pathlib.Path.glob/rglob from pathlib itself, and the
# os-level events (open, os.scandir, os.mkdir, os.rename, ...) of the calls underneath, in CPython's order.
import os
import sys
import tempfile
from pathlib import Path

WATCH = {"open", "os.scandir", "os.listdir", "os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.chmod",
         "os.symlink", "os.link", "os.utime", "os.truncate", "os.chdir", "pathlib.Path.glob", "pathlib.Path.rglob"}
base = tempfile.mkdtemp()
events = []


def show(a):
    if isinstance(a, Path):
        return "Path(%s)" % show(str(a))
    if isinstance(a, str) and a.startswith(base):
        return "<tmp>" + a[len(base):]
    if isinstance(a, bytes) and a.startswith(base.encode()):
        return "<tmp>" + a[len(base):].decode()
    return repr(a)


def hook(name, args):
    if name in WATCH and recording:
        events.append("%s(%s)" % (name, ", ".join(show(a) for a in args)))


recording = False
sys.addaudithook(hook)


def step(title, f):
    global recording
    events.clear()
    recording = True
    try:
        r = f()
    except OSError as e:
        r = "%s %s" % (type(e).__name__, e.errno)
    finally:
        recording = False
    print(title, "->", show(r) if not isinstance(r, list) else sorted(show(x) for x in r))
    for e in events:
        print("   ", e)


root = Path(base)
d = root / "a" / "b"
step("mkdir parents", lambda: d.mkdir(parents=True))
step("mkdir exist_ok", lambda: d.mkdir(parents=True, exist_ok=True))
step("mkdir exists", lambda: d.mkdir())
f = d / "f.txt"
step("write_text", lambda: f.write_text("hi"))
step("read_text", lambda: f.read_text())
step("write_bytes", lambda: f.write_bytes(b"xy"))
step("read_bytes", lambda: f.read_bytes())
step("open", lambda: f.open("rb").close())
step("touch new", lambda: (d / "g.py").touch())
step("touch existing", lambda: (d / "g.py").touch())
step("exists", lambda: f.exists())
step("stat", lambda: f.stat().st_size)
step("iterdir", lambda: list(d.iterdir()))
step("glob", lambda: list(root.glob("*/*/*.py")))
step("glob **", lambda: list(root.glob("**/*.txt")))
step("rglob", lambda: list(root.rglob("*.py")))
step("chmod", lambda: f.chmod(0o644))
step("rename", lambda: f.rename(d / "h.txt"))
step("replace", lambda: (d / "h.txt").replace(d / "f.txt"))
step("symlink_to", lambda: (root / "ln").symlink_to(d))
step("hardlink_to", lambda: (root / "hl").hardlink_to(f))
step("unlink", lambda: (root / "hl").unlink())
step("unlink missing", lambda: (root / "hl").unlink())
step("unlink missing_ok", lambda: (root / "hl").unlink(missing_ok=True))
step("rmdir nonempty", lambda: d.rmdir())
step("resolve", lambda: (root / "ln" / "f.txt").resolve() == f.resolve())
step("samefile", lambda: f.samefile(root / "ln" / "f.txt"))
step("read missing", lambda: (d / "nope").read_text())
for p in (f, d / "g.py", root / "ln"):
    p.unlink()
d.rmdir()
(root / "a").rmdir()
os.rmdir(base)
print("done")
