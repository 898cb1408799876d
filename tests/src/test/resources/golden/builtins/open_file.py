# open: write, read, append, binary, iteration, with statement; temp dir cleanup.
import os
import tempfile
import shutil
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        n = f.write("first line\n")
        f.write("second line\n")
        f.writelines(["third\n", "fourth\n"])
    print("wrote", n, f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "a") as f:
        f.write("appended\n")
    with open(path, "r") as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path) as f:
        for i, line in enumerate(f):
            print(i, line.rstrip("\n"))
    with open(path, "rb") as f:
        data = f.read()
    print(type(data).__name__, len(data), data[:5])
    bpath = os.path.join(d, "data.bin")
    with open(bpath, "wb") as f:
        f.write(bytes(range(5)))
    with open(bpath, "rb") as f:
        print(list(f.read()))
    with open(path, encoding="utf-8") as f:
        print(f.read(5), repr(f.read(6)))
    upath = os.path.join(d, "u.txt")
    with open(upath, "w", encoding="utf-8") as f:
        f.write("héllo €\n")
    with open(upath, "rb") as f:
        print(f.read())
    with open(upath, encoding="utf-8") as f:
        print(f.read().strip())
    f = open(path)
    print(f.closed, f.mode, f.name == path)
    f.close()
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
    print(sorted(os.listdir(d)))
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
