# os.chown, os.lchown, os.fchown (libc's chown and lchown) and shutil.chown (names through getpwnam/getgrnam) raise
# CPython's "os.chown" (path or fd, uid, gid, dir_fd; -1 given as 4294967295) and "shutil.chown" events first.
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, "f")
open(f, "w").close()
link = os.path.join(d, "link")
os.symlink(f, link)


def hook(event, args):
    if "chown" in event:
        print(event, tuple(a.replace(d, "<d>") if isinstance(a, str) else a for a in args))


def attempt(fn, *args, **kwargs):
    # to root's ids: PermissionError when not run as root, after the same events
    try:
        fn(*args, **kwargs)
    except PermissionError:
        pass


sys.addaudithook(hook)
os.chown(f, -1, -1)
os.lchown(link, -1, -1)
fd = os.open(f, os.O_RDONLY)
os.fchown(fd, -1, -1)
os.close(fd)
os.chown(link, -1, -1, follow_symlinks=False)
attempt(shutil.chown, f, user="root")
attempt(shutil.chown, f, group=0)
attempt(shutil.chown, f, "root", "root")


class Zero:
    def __index__(self):
        return 0


attempt(os.chown, f, Zero(), -1)
for args in (("nonexist", 0, 0), (f, 2**40, 0), (f, -2, 0), (f, "a", 0), (f, 0, 1.0), (f, 2**64, 0), (f, -2**64, 0),
             (999, 0, 0)):
    try:
        os.chown(*args)
    except (OSError, OverflowError, TypeError) as e:
        print(type(e).__name__, str(e).replace(d, "<d>"))
try:
    os.fchown(999, 0, 0)
except OSError as e:
    print(type(e).__name__, e)
for user, group in ((None, None), ("nosuchuser", None), (None, "nosuchgroup"), (None, 1.5), ("a\0b", None)):
    try:
        shutil.chown(f, user, group)
    except (ValueError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
shutil.rmtree(d)
