# mmap: anonymous and file maps, the mmap.__new__ event, common methods and CPython's errors.
import mmap
import os
import sys
import tempfile


def hook(event, args):
    if event == "mmap.__new__":
        print("event:", event, args)


sys.addaudithook(hook)

print(mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY, mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.PROT_READ, mmap.PROT_WRITE)

m = mmap.mmap(-1, 16)
print(len(m), m.tell(), m.closed)
try:
    m.size()  # CPython 3.11 fstat()s fd -1
except OSError as e:
    print("OSError", e.errno)
print(m.write(b"hello world"), m.tell())
m.seek(0)
print(m.read(5), m.read_byte(), m.tell())
print(m.read())
m.seek(0)
m.write_byte(ord("J"))
print(m[0], m[-1], m[:5], m[6:11], m[::2])
m[0] = 104
m[6:11] = b"WORLD"
print(m[:11], m.find(b"o"), m.find(b"WORLD"), m.find(b"zz"), m.rfind(b"o"), m.find(b"o", 5))
m.seek(2, 0)
m.seek(3, 1)
print(m.tell())
m.seek(-1, 2)
print(m.tell())
print(m.flush())
for bad in [lambda: m.seek(17), lambda: m.seek(0, 3), lambda: m[16], lambda: m.__setitem__(0, 256),
            lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: m["a"], lambda: m.__delitem__(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m.seek(16)
for bad in [m.read_byte, lambda: m.write_byte(1), lambda: m.write(b"x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(m.read(), m.read(3))
m.close()
print(m.closed)
m.close()
for bad in [m.read, lambda: len(m), lambda: m[0], m.tell]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

with mmap.mmap(-1, 8, access=mmap.ACCESS_WRITE) as w:
    w[:] = b"abcdefgh"
    print(w[:], w.closed)
print(w.closed)

for args, kw in [((-1, -1), {}), ((-1, 8), {"access": 7}), ((-1, 8), {"access": mmap.ACCESS_READ, "prot": mmap.PROT_READ}),
                 ((-1, 0), {}), ((-1, 8), {"offset": -1})]:
    try:
        mmap.mmap(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        f.write(b"0123456789abcdef" * 2)
    with open(path, "r+b") as f:
        fm = mmap.mmap(f.fileno(), 0)
        print(len(fm), fm.size(), fm[:10], fm.find(b"abc"))
        fm[0:4] = b"ABCD"
        fm.flush()
        fm.close()
    with open(path, "rb") as f:
        print(f.read(8))
        ro = mmap.mmap(f.fileno(), 16, access=mmap.ACCESS_READ)
        print(ro.readline(), ro[:4])
        try:
            ro[0] = 1
        except TypeError as e:
            print("TypeError", e)
        try:
            ro.write(b"x")
        except TypeError as e:
            print("TypeError", e)
        ro.close()
        cp = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
        cp[0:4] = b"zzzz"
        print(cp[:6])
        cp.close()
        try:
            mmap.mmap(f.fileno(), 100, access=mmap.ACCESS_READ)
        except ValueError as e:
            print("ValueError", e)
    with open(path, "rb") as f:
        print(f.read(6))
    empty = os.path.join(d, "empty")
    open(empty, "wb").close()
    with open(empty, "rb") as f:
        try:
            mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError as e:
            print("ValueError", e)
