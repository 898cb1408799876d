# tempfile: mkdtemp, mkstemp, TemporaryDirectory.
import os
import tempfile
import shutil
d = tempfile.mkdtemp()
print(os.path.isdir(d), os.listdir(d), os.path.isabs(d))
fd, path = tempfile.mkstemp(suffix=".dat", dir=d)
print(type(fd).__name__, path.endswith(".dat"), os.path.dirname(path) == d)
os.write(fd, b"raw bytes")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
fd2, path2 = tempfile.mkstemp(prefix="pre_", dir=d, text=True)
os.close(fd2)
print(os.path.basename(path2).startswith("pre_"), len(os.listdir(d)))
shutil.rmtree(d)
print(os.path.exists(d), os.path.exists(path))
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "inside.txt")
    with open(p, "w") as f:
        f.write("temporary")
    print(os.path.exists(p), os.listdir(tmp))
    saved = tmp
print(os.path.exists(saved))
td = tempfile.TemporaryDirectory()
print(os.path.isdir(td.name))
td.cleanup()
print(os.path.isdir(td.name))
print(isinstance(tempfile.gettempdir(), str))
