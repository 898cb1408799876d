# tempfile's events as CPython 3.11 raises them from its Lib/tempfile.py: gettempdir's probe file (open with
# os.open's flags, then os.remove), mkstemp/mkdtemp, NamedTemporaryFile's open of the directory with an opener,
# TemporaryFile's O_TMPFILE open, TemporaryDirectory's cleanup through shutil.rmtree, SpooledTemporaryFile (none).
import os
import sys
import tempfile

events = []

def hook(event, args):
    if event.startswith(("os.", "shutil.", "tempfile.", "open")):
        events.append((event, args))

def show(a, tmp):
    if isinstance(a, tuple):
        return "(" + ", ".join(show(x, tmp) for x in a) + ("," if len(a) == 1 else "") + ")"
    if isinstance(a, str) and a.startswith(tmp):
        rest = a[len(tmp):]
        name = os.path.basename(rest)
        return repr("<tmp>/" + ("tmp<random>" if name.startswith("tmp") else "<random>") if rest else "<tmp>")
    return repr(a)

def flush(title):
    tmp = tempfile.gettempdir()
    print("--", title)
    for e, a in events:
        print(e, show(a, tmp))
    events.clear()

sys.addaudithook(hook)
tempfile.gettempdir()
flush("gettempdir")
tempfile.gettempdir()
flush("gettempdir again (cached)")
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "sub"))  # one entry per directory: the order of os.scandir's is the file system's
    with open(os.path.join(d, "sub", "f"), "w") as f:
        f.write("x")
flush("TemporaryDirectory")
with tempfile.NamedTemporaryFile() as f:
    f.write(b"x")
flush("NamedTemporaryFile")
with tempfile.NamedTemporaryFile("w+", delete=False) as f:
    f.write("x")
os.remove(f.name)
flush("NamedTemporaryFile delete=False")
fd, name = tempfile.mkstemp(suffix=".txt")
os.close(fd)
os.remove(name)
flush("mkstemp")
d = tempfile.mkdtemp()
os.rmdir(d)
flush("mkdtemp")
with tempfile.TemporaryFile() as f:
    f.write(b"y")
    f.seek(0)
    print(f.read())
flush("TemporaryFile")
with tempfile.SpooledTemporaryFile(max_size=10) as f:
    f.write(b"z")
flush("SpooledTemporaryFile")
