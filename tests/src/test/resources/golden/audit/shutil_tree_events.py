# The events of shutil's tree functions as CPython 3.11 raises them from its Lib/shutil.py: copy2/copystat
# (os.utime, os.listxattr, os.chmod), copytree (shutil.copytree per directory, with DirEntry arguments), move, and
# rmtree's walk over directory descriptors (open with dir_fd, os.scandir of the fd, os.remove/os.rmdir with dir_fd).
import os
import shutil
import sys

base = os.path.abspath("shutil_tree_work")
if os.path.exists(base):
    shutil.rmtree(base)
os.mkdir(base)
os.chdir(base)
# one entry per directory: the order of os.scandir's entries is the file system's
os.makedirs("src/sub")
for name in ("a.txt", "src/sub/b.txt"):
    with open(name, "w") as f:
        f.write(name)

def show(a):
    if isinstance(a, tuple):
        return "(" + ", ".join(show(x) for x in a) + ("," if len(a) == 1 else "") + ")"
    if isinstance(a, str) and a.startswith(base):
        return repr("<base>" + a[len(base):])
    if isinstance(a, os.DirEntry):
        return "<DirEntry %r>" % a.name
    return repr(a)

quiet = False

def hook(event, args):
    if quiet:
        return
    if event == "os.utime":
        args = args[:2] + ("<times>",) + args[3:]  # the source's st_atime_ns and st_mtime_ns
    if event.startswith(("os.", "shutil.", "open")):
        print(event, show(args))

sys.addaudithook(hook)
print("-- copyfile, copy, copy2")
shutil.copyfile("a.txt", "c.txt")
shutil.copy("a.txt", "d.txt")
shutil.copy2("a.txt", "e.txt")
print("-- copytree")
shutil.copytree("src", "dst")
print("-- move")
shutil.move("c.txt", "c2.txt")
shutil.move("c2.txt", "dst/sub")
os.remove("dst/sub/c2.txt")
shutil.move("dst", "dst2")
print("-- rmtree")
shutil.rmtree("dst2")
print("-- rmtree of a missing tree, ignore_errors")
shutil.rmtree("missing", ignore_errors=True)
print("-- rmtree with onerror")
shutil.rmtree("missing", onerror=lambda f, p, e: print("onerror", f.__name__, p, type(e[1]).__name__))
print("-- rmtree of a file")
try:
    shutil.rmtree("d.txt")
except NotADirectoryError as e:
    print("NotADirectoryError", e.filename)
print("-- os with dir_fd")
fd = os.open("src", os.O_RDONLY)
print(sorted(e.name for e in os.scandir(fd)), sorted(os.listdir(fd)))
print(os.stat("sub/b.txt", dir_fd=fd).st_size, os.lstat("sub", dir_fd=fd).st_mode & 0o170000 == 0o040000)
os.mkdir("new", dir_fd=fd)
os.rename("new", "new2", src_dir_fd=fd, dst_dir_fd=fd)
os.rmdir("new2", dir_fd=fd)
os.close(fd)
print(os.stat in os.supports_dir_fd, os.scandir in os.supports_fd)
os.chdir("..")
quiet = True
shutil.rmtree(base)
