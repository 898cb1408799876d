# os.posix_spawn / posix_spawnp and os.waitpid: exit statuses, env, file actions (the child's stdout to a file,
# dup2, close), setsid/setpgroup, CPython's argument errors, and the os.posix_spawn audit event
# (path, argv, env) after the arguments are checked.
import os
import sys
import tempfile


d = tempfile.mkdtemp()


def hook(event, args):
    if event == "os.posix_spawn":
        print(event, str(args[0]).replace(d, "DIR"), args[1], type(args[2]).__name__)


sys.addaudithook(hook)
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "exit 3"], os.environ)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, status, os.waitstatus_to_exitcode(status))
pid = os.posix_spawnp("sh", ["sh", "-c", "kill -TERM $$"], {})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
out = os.path.join(d, "out")
pid = os.posix_spawn("/bin/sh", ["sh", "-c", 'echo "$GREETING" from child; echo err >&2'], {"GREETING": "hello"},
                     file_actions=[(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
                                   (os.POSIX_SPAWN_DUP2, 1, 2), (os.POSIX_SPAWN_CLOSE, 0)])
print(os.waitpid(pid, 0)[1])
with open(out) as f:
    print(f.read())
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "test $(ps -o sid= -p $$) -eq $$"], {}, setsid=True)
print("setsid", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "test $(ps -o pgid= -p $$) -eq $$"], {}, setpgroup=0)
print("setpgroup", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for args, kw in [(("/bin/true", [], {}), {}), (("/bin/true", "x", {}), {}), (("/bin/true", ["true"], 5), {}),
                 ((os.path.join(d, "nonexistent"), ["x"], {}), {}), (("/bin/true", [""], {}), {}),
                 (("/bin/true", ["t"], None), {}), (("/bin/true", ["t"], {}), {"file_actions": 5}),
                 (("/bin/true", ["t"], {}), {"file_actions": [()]}), (("/bin/true", ["t"], {}), {"file_actions": [(9,)]}),
                 (("/bin/true", ["t"], {}), {"file_actions": [(os.POSIX_SPAWN_CLOSE,)]}),
                 (("/bin/true", ["t"], {}), {"setsigmask": [0]})]:
    try:
        r = os.posix_spawn(*args, **kw)
        print("pid", os.waitpid(r, 0)[1])
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "DIR"))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e)
print(os.waitpid(-1, os.WNOHANG) if False else os.WNOHANG, os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE, os.POSIX_SPAWN_DUP2)
import shutil
shutil.rmtree(d)
