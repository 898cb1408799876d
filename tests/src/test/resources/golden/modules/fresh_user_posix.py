# Fresh-user findings: os.setxattr's event gets bytes for a bytearray value and the fspath'ed path of an os.PathLike;
# resource.prlimit converts an explicit None; posix_spawn's setpgroup/setsid/resetids are ints (None and str are
# TypeErrors) and a file action's path has the generic path error.
import os, sys, resource, tempfile
d = tempfile.mkdtemp(); f = os.path.join(d, 'f'); open(f, 'w').close()
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
sys.addaudithook(lambda e, a: print(e, tuple(type(x).__name__ if isinstance(x, P) else (x.replace(d, 'DIR') if isinstance(x, str) else x) for x in a)) if e.startswith(('os.setxattr', 'os.getxattr', 'resource.prlimit', 'os.posix_spawn')) else None)
os.setxattr(P(f), 'user.b', bytearray(b'y'), 0)
print(os.getxattr(P(f), 'user.b'))
for fn in (lambda: resource.prlimit(0, resource.RLIMIT_NOFILE, None),
           lambda: os.posix_spawn('/bin/true', ['t'], {}, setpgroup=None),
           lambda: os.posix_spawn('/bin/true', ['t'], {}, setsid='yes'),
           lambda: os.posix_spawn('/bin/true', ['t'], {}, resetids='yes'),
           lambda: os.posix_spawn('/bin/true', ['t'], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 1, 5, 0, 0)])):
    try: r = fn(); print('pid' if isinstance(r, int) else r)
    except Exception as e: print(type(e).__name__, e)
import shutil; shutil.rmtree(d)
