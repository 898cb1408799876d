# os.execv / os.execve (libc's execv and execve) and the exec family of os.py raise CPython's "os.exec" event (path,
# argv, env or None) after their argument checks, then replace the process; os.putenv / os.unsetenv (so assignments
# to os.environ) change the environment that os.system and exec'd programs see.
import os
import sys


def hook(event, args):
    if event in ("os.exec", "os.putenv", "os.unsetenv"):
        print(event, args, flush=True)


sys.addaudithook(hook)
os.environ["AUDITPY_EXEC_A"] = "from environ"
os.system("echo A=$AUDITPY_EXEC_A")
del os.environ["AUDITPY_EXEC_A"]
os.system("echo A=$AUDITPY_EXEC_A")
os.environ["PATH"] = "/nonexistent-dir-1:/nonexistent-dir-2"
bad = [
    (os.execv, ("/nonexistent", ["x"])), (os.execve, ("/nonexistent", ["x", "y"], {"K": "v"})),
    (os.execv, ("/bin/true", [])), (os.execv, ("/bin/true", ("",))), (os.execv, ("/bin/true", "abc")),
    (os.execv, ("/bin/true", [1])), (os.execv, ("/bin/true", ["a\0b"])), (os.execve, ("/bin/true", ["x"], 1)),
    (os.execve, ("/bin/true", ["x"], {"A=": "b"})), (os.execve, ("/bin/true", ["x"], {"A\0": "b"})),
    (os.execv, (1, ["x"])), (os.execvp, ("no-such-command-x", ["no-such-command-x"])),
    (os.execlp, ("no-such-command-y", "no-such-command-y", "arg")), (os.execv, ("/etc/passwd", ["passwd"])),
]
for fn, args in bad:
    try:
        fn(*args)
    except (OSError, TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e, flush=True)
os.environ["AUDITPY_EXEC_B"] = "inherited"
print("replacing", flush=True)
os.execle("/bin/sh", "sh", "-c", 'echo "replaced: B=$AUDITPY_EXEC_B C=$AUDITPY_EXEC_C $0 $1"; exit 3', "arg1",
          {"AUDITPY_EXEC_C": "given"})
print("not reached")
