# The os functions give audit hooks and OSError the os.fspath() of a path-like argument (path_converter keeps
# it as path->object), not the object; os.utime puts no filename in its error.
import os, pathlib, sys
sys.addaudithook(lambda n, a: print(n, a) if n.startswith("os.") or n == "open" else None)
for f in (os.stat, os.mkdir, os.listdir, os.scandir, os.remove, os.rmdir, os.chdir, lambda p: os.open(p, 0), os.truncate and (lambda p: os.truncate(p, 0)), lambda p: os.rename(p, p), lambda p: os.utime(p), lambda p: os.chmod(p, 0o644), lambda p: os.symlink(p, p), lambda p: os.link(p, p), os.lstat, os.readlink, lambda p: open(p), lambda p: os.chown(p, -1, -1), os.access and (lambda p: os.access(p, 0))):
    try:
        f(pathlib.Path("/nonexist/x"))
    except OSError as e:
        print(type(e).__name__, repr(e.filename), repr(e.filename2))
