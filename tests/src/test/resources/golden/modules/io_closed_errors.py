# The errors of io's classes on closed (and detached) files, and the order of their checks, as CPython 3.11's
# Modules/_io: FileIO's err_closed says "I/O operation on closed file" (no period), _IOBase's checks (readlines,
# __iter__, __enter__, writelines, flush) say it with one, Buffered* name the operation ("read of closed file") or ask
# the raw stream, whose error it is; a class without a method answers with _BufferedIOBase's UnsupportedOperation or
# _IOBase's False before any closed check. TextIOWrapper's fileno/isatty/readable/writable/seekable ask the buffer.
import io, os
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, type(e).__name__, e)
path = "io_closed_errors.tmp"
with open(path, "w") as f:
    f.write("abc\n")
layers = {
    "raw-r": lambda: open(path, "rb", buffering=0),
    "raw-w": lambda: open(path, "ab", buffering=0),
    "buf-r": lambda: open(path, "rb"),
    "buf-w": lambda: open(path, "ab"),
    "buf-rw": lambda: open(path, "rb+"),
    "text-r": lambda: open(path, "r"),
    "text-w": lambda: open(path, "a"),
}
calls = [("read", ()), ("read", (1,)), ("readline", ()), ("readlines", ()), ("write", (b"x",)), ("seek", (0,)), ("tell", ()),
         ("truncate", ()), ("flush", ()), ("fileno", ()), ("isatty", ()), ("readable", ()), ("writable", ()),
         ("seekable", ()), ("readinto", (bytearray(2),)), ("read1", (1,)), ("peek", (1,)), ("readall", ()),
         ("__iter__", ()), ("__next__", ()), ("__enter__", ()), ("detach", ()), ("writelines", ([b"x"],)), ("close", ())]
for name, make in layers.items():
    f = make()
    f.close()
    for m, args in calls:
        if "text" in name and args and isinstance(args[0], (bytes, bytearray)):
            args = ("x",)
        if "text" in name and m == "writelines":
            args = (["x"],)
        fn = getattr(f, m, None)
        if fn is None:
            print(name + "." + m, "(no such method)")
            continue
        t(name + "." + m, lambda: fn(*args))
    t(name + ".closed", lambda: f.closed)
# argument errors, open files, detached objects, statements over closed files, BytesIO and StringIO
with open(path, "wb") as f:
    f.write(b"a\nb\nc\n")
# argument errors come before the closed check
for mode, kw in (("rb", {"buffering": 0}), ("rb", {}), ("rb+", {}), ("r", {}), ("ab", {}), ("ab", {"buffering": 0}), ("a", {})):
    f = open(path, mode, **kw)
    f.close()
    n = type(f).__name__ + "-" + mode
    t(n + ".write(str)", lambda: f.write("x"))
    t(n + ".write(int)", lambda: f.write(1))
    t(n + ".read(-2)", lambda: f.read(-2))
    t(n + ".read('x')", lambda: f.read("x"))
    t(n + ".readline('x')", lambda: f.readline("x"))
    t(n + ".seek(0, 5)", lambda: f.seek(0, 5))
    t(n + ".seek(1.5)", lambda: f.seek(1.5))
    t(n + ".readinto(b'')", lambda: f.readinto(b"ab") if hasattr(f, "readinto") else None)
    t(n + ".readlines(1)", lambda: f.readlines(1))
    t(n + ".repr", lambda: repr(f)[:25])
    t(n + ".name", lambda: f.name)
    t(n + ".mode", lambda: f.mode)
    t(n + ".close again", lambda: f.close())
# open file behaviours touched by the change
for h in (0, 1, 2, 3, -1):
    with open(path, "rb", buffering=0) as f:
        t("raw readlines(%d)" % h, lambda: f.readlines(h))
    with open(path, "r") as f:
        t("text readlines(%d)" % h, lambda: f.readlines(h))
with open(path, "rb") as f:
    t("buf-r.write", lambda: f.write(b"x"))
    t("buf-r.writable", lambda: f.writable())
    t("buf-r.truncate", lambda: f.truncate())
    t("buf-r.read1(0)", lambda: f.read1(0))
    t("buf-r.peek()", lambda: f.peek()[:1])
    t("buf-r.read1()", lambda: f.read1())
with open(path, "ab") as f:
    t("buf-w.read", lambda: f.read())
    t("buf-w.read1", lambda: f.read1())
    t("buf-w.readinto", lambda: f.readinto(bytearray(1)))
    t("buf-w.readline", lambda: f.readline())
    t("buf-w.readable", lambda: f.readable())
    t("buf-w.peek", lambda: hasattr(f, "peek"))
    t("buf-w.iter", lambda: list(f))
with open(path, "a") as f:
    t("text-w.read", lambda: f.read())
    t("text-w.readline", lambda: f.readline())
    t("text-w.next", lambda: next(f))
# detached objects
b = open(path, "rb")
raw = b.detach()
for m in ("read", "readline", "tell", "fileno", "flush", "close", "readable", "seekable", "isatty", "detach"):
    t("detached-b." + m, lambda: getattr(b, m)())
t("detached-b.raw", lambda: b.raw)
t("detached-b.closed", lambda: b.closed)
t("detached-b.name", lambda: b.name)
t("detached-b.repr", lambda: repr(b))
raw.close()
tw = open(path, "r")
buf = tw.detach()
for m in ("read", "readline", "tell", "fileno", "flush", "close", "readable", "writable", "isatty", "detach"):
    t("detached-t." + m, lambda: getattr(tw, m)())
t("detached-t.closed", lambda: tw.closed)
t("detached-t.name", lambda: tw.name)
buf.close()
# close with flush order: close() calls self.flush()
class B(io.BufferedWriter):
    def flush(self):
        print("B.flush", self.raw.closed)
        super().flush()
b = B(io.FileIO(path, "a"))
b.close()
t("B closed", lambda: b.closed)
# with, iteration, print on closed
for mode in ("rb", "r"):
    f = open(path, mode)
    f.close()
    t("with-" + mode, lambda: exec("with f: pass", {"f": f}))
    t("for-" + mode, lambda: exec("for l in f: pass", {"f": f}))
    t("list-" + mode, lambda: list(f))
    t("next-" + mode, lambda: next(f))
f = open(path, "w")
f.close()
t("print-file", lambda: print("x", file=f))
t("print-file-flush", lambda: print("x", file=f, flush=True))
t("print-file-empty", lambda: print(file=f, end=""))
f = open(path, "wb")
f.close()
t("print-file-b", lambda: print("x", file=f))
for cls, data in ((io.BytesIO, b"a\n"), (io.StringIO, "a\n")):
    s = cls(data)
    s.close()
    for m in ("read", "readline", "readlines", "tell", "flush", "readable", "isatty", "getvalue", "__iter__", "__next__", "__enter__"):
        t(cls.__name__ + "." + m, lambda: getattr(s, m)() is s if m == "__iter__" else getattr(s, m)())
os.remove(path)
