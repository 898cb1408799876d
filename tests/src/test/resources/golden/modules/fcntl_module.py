# fcntl (fcntl, flock, lockf, ioctl) and os.lockf on files of a temporary directory: descriptor flags, file status
# flags, flock conflicts between two open files (BlockingIOError), record locks, ENOTTY from ioctl, CPython's
# argument errors, objects with fileno(), and the fcntl.* / os.lockf audit events before each call.
import fcntl
import os
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")


def hook(event, args):
    if event.startswith(("fcntl.", "os.lockf")):
        print(event, args if len(repr(args)) < 80 else args[:2] + ("...",))


sys.addaudithook(hook)
fd = os.open(p, os.O_RDWR | os.O_CREAT)
print(fcntl.fcntl(fd, fcntl.F_GETFD), fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC), fcntl.fcntl(fd, fcntl.F_GETFD))
print(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDWR)
fcntl.flock(fd, fcntl.LOCK_EX)
fd2 = os.open(p, os.O_RDWR)
try:
    fcntl.flock(fd2, fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError as e:
    print(type(e).__name__, e.errno, e)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.flock(fd2, fcntl.LOCK_SH | fcntl.LOCK_NB)
print("shared lock taken")
print(fcntl.lockf(fd, fcntl.LOCK_EX, 10, 0, 0), fcntl.lockf(fd, fcntl.LOCK_UN))
print(os.lockf(fd, os.F_LOCK, 0), os.lockf(fd, os.F_ULOCK, 0))
try:
    fcntl.ioctl(fd, 0x5413, b"\0" * 8)
except OSError as e:
    print(type(e).__name__, e.errno, e)
for f in (lambda: fcntl.fcntl(99, fcntl.F_GETFD), lambda: fcntl.flock(99, fcntl.LOCK_EX), lambda: fcntl.fcntl("x", 1),
          lambda: fcntl.fcntl(fd, fcntl.F_GETFD, "a" * 2000), lambda: fcntl.lockf(fd, 99), lambda: os.lockf(99, os.F_LOCK, 0),
          lambda: fcntl.fcntl(fd, fcntl.F_GETFD, b"ab"), lambda: fcntl.fcntl(fd, fcntl.F_GETFD, 1.5), lambda: fcntl.lockf(fd, 0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with open(p) as fo:
    print(fcntl.fcntl(fo, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY)
    fcntl.flock(fo, fcntl.LOCK_SH)
with open(p, "a") as fa:
    print(fcntl.fcntl(fa.fileno(), fcntl.F_GETFL) & os.O_APPEND != 0)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETLK, fcntl.F_SETLK, fcntl.F_SETLKW)
print(sorted(n for n in dir(fcntl) if not n.startswith("_") and not n.isupper()))
os.close(fd)
os.close(fd2)
import shutil
shutil.rmtree(d)
