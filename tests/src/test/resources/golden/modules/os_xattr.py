# Extended attributes (os.getxattr, setxattr, listxattr, removexattr) on a file, through an fd and a symbolic link,
# CPython's errors, and the os.*xattr audit events with their arguments.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, "file")
open(f, "w").close()


def hook(event, args):
    if "xattr" in event:
        print(event, tuple(a.replace(d, "DIR") if isinstance(a, str) else a for a in args))


sys.addaudithook(hook)
os.setxattr(f, "user.k", b"v")
os.setxattr(f, b"user.b", b"\x00\x01", os.XATTR_CREATE)
print(os.getxattr(f, "user.k"), os.getxattr(f, b"user.b"), sorted(os.listxattr(f)))
for call in (lambda: os.getxattr(f, 5), lambda: os.getxattr(5.0, "user.a"), lambda: os.setxattr(f, "user.a", "str"),
             lambda: os.setxattr(f, "user.a", b"v", "x"), lambda: os.listxattr(os.path.join(d, "none")),
             lambda: os.removexattr(f, "user.none"), lambda: os.getxattr(f, "bad.ns"),
             lambda: os.setxattr(f, "user.k", b"v", os.XATTR_CREATE), lambda: os.setxattr(f, "user.new", b"v", os.XATTR_REPLACE),
             lambda: os.getxattr(f, "user.\0x")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "DIR"))
print(os.XATTR_CREATE, os.XATTR_REPLACE, os.XATTR_SIZE_MAX)
fd = os.open(f, os.O_RDONLY)
os.setxattr(fd, b"user.fd", b"1")
print(os.getxattr(fd, "user.fd"), sorted(os.listxattr(fd)))
try:
    os.getxattr(fd, "user.fd", follow_symlinks=False)
except ValueError as e:
    print("ValueError", e)
os.removexattr(fd, "user.fd")
os.close(fd)
try:
    os.getxattr(fd, "user.k")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == fd)
link = os.path.join(d, "link")
os.symlink(f, link)
try:
    os.setxattr(link, "user.l", b"x", follow_symlinks=False)
except OSError as e:
    print(type(e).__name__, e.errno)
print(sorted(os.listxattr(link)), os.listxattr(link, follow_symlinks=False))
os.removexattr(link, "user.k")
os.chdir(d)
print(sorted(os.listxattr("file")), os.listxattr(), os.getxattr(b"file", "user.b"))
# a negative fd is no fd: listxattr lists ".", the others fail with EFAULT
for f in (lambda: os.listxattr(-1), lambda: os.getxattr(-1, "user.a"), lambda: os.setxattr(-1, "user.a", b"x"),
          lambda: os.removexattr(-2, "user.a")):
    try:
        print(f())
    except OSError as e:
        print(type(e).__name__, e)
os.chdir("/")
import shutil
shutil.rmtree(d)
