# The standard streams' errors once closed, as CPython 3.11's layers give them: the text layer's own methods and
# _IOBase's say "I/O operation on closed file.", fileno/isatty/readable/writable/seekable ask the buffer; the
# BufferedReader/BufferedWriter name the operation ("read of closed file", "write to closed file", "flush of closed
# file") or ask the raw FileIO ("I/O operation on closed file"), after the UnsupportedOperation of a method the class
# lacks; with -u stdout.buffer is the FileIO itself. The output goes to the descriptor (sys.stdout is closed).
import os, subprocess, sys

PROG = r'''
import os, sys
def out(s):
    os.write(1, (s + "\n").encode())
def t(label, f):
    try:
        r = f()
        out(label + " -> " + repr(r))
    except BaseException as e:
        out(label + " " + type(e).__name__ + " " + str(e))
calls = [("read", ()), ("read", (1,)), ("readline", ()), ("readlines", ()), ("write", (b"x",)), ("seek", (0,)),
         ("seek", (0, 7)), ("tell", ()), ("truncate", ()), ("flush", ()), ("fileno", ()), ("isatty", ()),
         ("readable", ()), ("writable", ()), ("seekable", ()), ("readinto", (bytearray(2),)), ("read1", (1,)),
         ("peek", (1,)), ("__iter__", ()), ("__next__", ()), ("__enter__", ()), ("writelines", ([b"x"],)),
         ("close", ())]
streams = {"stdin": sys.stdin, "stdin.buffer": sys.stdin.buffer, "stdout.buffer": sys.stdout.buffer,
           "stdout": sys.stdout, "stderr": sys.stderr, "stderr.buffer": sys.stderr.buffer}
out("stdout.buffer is " + type(sys.stdout.buffer).__name__)
sys.stdin.close()
sys.stdout.close()
sys.stderr.close()
for name, f in streams.items():
    for m, args in calls:
        if "." not in name and args and isinstance(args[0], (bytes, bytearray)):
            args = ("x",)
        if "." not in name and m == "writelines":
            args = (["x"],)
        fn = getattr(f, m, None)
        if fn is None:
            out(name + "." + m + " (no such method)")
            continue
        t(name + "." + m, lambda: fn(*args))
    t(name + ".closed", lambda: f.closed)
t("print", lambda: print("x"))
t("print-file", lambda: print("x", file=streams["stdout"], flush=True))
t("print-stderr", lambda: print("x", file=sys.stderr))
t("input", lambda: input())
t("input-prompt", lambda: input("p"))
t("with", lambda: exec("with sys.stdout: pass"))
t("for", lambda: exec("for l in sys.stdin: pass"))
t("for-buffer", lambda: exec("for l in sys.stdin.buffer: pass"))
'''

env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
for extra in ([], ["-u"]):
    r = subprocess.run([sys.executable] + extra + ["-c", PROG], stdin=subprocess.DEVNULL, capture_output=True,
                       text=True, env=env)
    print("flags", extra, "->", r.returncode, repr(r.stderr))
    print(r.stdout, end="")

# a with-statement over sys.stdout closes it, as _IOBase.__exit__ does
r = subprocess.run([sys.executable, "-c", "import sys\nwith sys.stdout as f: print('in', f is sys.stdout)\n"
                    "sys.stderr.write('closed %s\\n' % sys.stdout.closed)\nprint('after')"],
                   capture_output=True, text=True, env=env)
print(r.returncode, repr(r.stdout), r.stderr.splitlines()[-1:])
