# A bytearray viewed by a memoryview that was not released cannot change its size (BufferError), as CPython's
# _canresize; release(), a with block and a view the program dropped end the export.
def tryit(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b"hello")
m = memoryview(ba)
tryit("append", lambda: ba.append(1))
tryit("extend", lambda: ba.extend(b"xy"))
tryit("extend-empty", lambda: ba.extend(b""))
def iadd():
    global ba
    ba += b"z"
tryit("iadd", iadd)
def iadd0():
    global ba
    ba += b""
tryit("iadd-empty", iadd0)
def imul():
    global ba
    ba *= 2
tryit("imul", imul)
def imul1():
    global ba
    ba *= 1
tryit("imul1", imul1)
def delsl():
    del ba[0:2]
tryit("del slice", delsl)
def delidx():
    del ba[0]
tryit("del idx", delidx)
def delempty():
    del ba[3:3]
tryit("del empty slice", delempty)
def setsl():
    ba[0:2] = b"abc"
tryit("setslice grow", setsl)
def setsl_same():
    ba[0:2] = b"HE"
tryit("setslice same", setsl_same)
def setsl_ext():
    ba[::2] = b"XYZ"
tryit("setslice ext", setsl_ext)
def setitem():
    ba[1] = 65
tryit("setitem", setitem)
tryit("clear", lambda: ba.clear())
tryit("pop", lambda: ba.pop())
tryit("remove", lambda: ba.remove(ba[0]))
tryit("remove missing", lambda: ba.remove(7))
tryit("insert", lambda: ba.insert(0, 1))
tryit("reverse", lambda: ba.reverse())
tryit("init", lambda: ba.__init__(b"abc"))
tryit("init same", lambda: ba.__init__(b"HAllo"))
tryit("pop empty?", lambda: bytearray().pop())
print(ba, m.tobytes())
m.release()
ba.append(33)
print(ba)
# slices of views
m = memoryview(ba)
s = m[1:3]
m.release()
tryit("append after parent release w/ slice alive", lambda: ba.append(1))
s.release()
tryit("append after all release", lambda: ba.append(2))
with memoryview(ba) as v:
    tryit("in with", lambda: ba.append(3))
    v2 = v.toreadonly()
tryit("after with, readonly alive", lambda: ba.append(4))
v2.release()
tryit("after all", lambda: ba.append(5))
# nested memoryview(memoryview)
m1 = memoryview(ba)
m2 = memoryview(m1)
m1.release()
tryit("m2 alive", lambda: ba.append(6))
m2.release()
tryit("none", lambda: ba.append(7))
m1 = memoryview(ba)
m2 = m1[:]
c = m1.cast("c")
tryit("release with slice", lambda: m1.release())
m1.release(); m2.release()
tryit("cast alive", lambda: ba.append(7))
c.release()
tryit("none", lambda: ba.append(8))
# temp views
bytes(memoryview(ba)[:2])
tryit("after temp", lambda: ba.append(9))
def f(x): return len(x)
f(memoryview(ba))
tryit("after temp2", lambda: ba.append(9))
m = memoryview(ba)
del m
tryit("after del", lambda: ba.append(9))
# bytes views don't matter
b = b"abc"; mb = memoryview(b)
print(b + b"d")
# exception message with del via release of exported mv
m = memoryview(ba)
try:
    with m:
        mm = m[:]
        print("entered")
except Exception as e:
    print(type(e).__name__, e)
tryit("obj of released", lambda: m.obj)
