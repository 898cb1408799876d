# The "subprocess.Popen" audit event (executable, args, cwd, env) as CPython 3.11's _execute_child raises it, before the
# child starts and after the pipes are opened (their "open" events, with CPython's descriptor numbers); no os.posix_spawn,
# os.fork or os.exec event. A hook that raises stops the child from starting. Popen's signals raise os.kill.
import os
import signal
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
marker = os.path.join(d, "marker")

watched = ("subprocess.", "os.posix_spawn", "os.fork", "os.exec", "os.spawn", "os.system", "os.kill")
refuse = []


def hook(event, args):
    if event.startswith(watched) or (event == "open" and isinstance(args[0], int)):
        if event == "os.kill":
            args = ("<pid>",) + args[1:]
        print(event, repr(args).replace(d, "<tmp>"), flush=True)
        if event in refuse:
            raise RuntimeError("refused " + event)


sys.addaudithook(hook)


class Path:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

    def __repr__(self):
        return "Path(%r)" % self.p


subprocess.run(["true"])
subprocess.run(["echo", "captured"], capture_output=True)
subprocess.run(["cat"], input=b"x", stdout=subprocess.PIPE)
subprocess.run("exit 0", shell=True)
subprocess.run(["echo $0"], shell=True, executable="/bin/bash", stdout=subprocess.DEVNULL)
subprocess.run(["ignored-name", "-c", "true"], executable="/bin/sh")
subprocess.run("true", cwd="/", env={"A": "1", "B": "2"})
subprocess.run(["true"], cwd=Path("/"), env={})
subprocess.run(Path("/bin/true"))
subprocess.run(("echo", b"bytes", Path("path")), stdout=subprocess.DEVNULL)
subprocess.run(b"true")
subprocess.check_output(["echo", "x"], stderr=subprocess.STDOUT)
subprocess.getoutput("true")
p = subprocess.Popen(["sleep", "10"])
p.terminate()
p.wait()
p.kill()
try:
    subprocess.run(["nonexistent-cmd-for-auditpy"])
except FileNotFoundError as e:
    print(e)

# a hook that raises: the child never runs, the pipes opened for it are closed
refuse.append("subprocess.Popen")
for kwargs in ({}, {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}):
    try:
        subprocess.run(["sh", "-c", "echo ran > " + marker], **kwargs)
    except RuntimeError as e:
        print(e, os.path.exists(marker))
refuse.clear()
refuse.append("open")
try:
    subprocess.run(["sh", "-c", "echo ran > " + marker], stdin=subprocess.PIPE)
except RuntimeError as e:
    print(e, os.path.exists(marker))
refuse.clear()
subprocess.run(["sh", "-c", "echo ran > " + marker])
print(os.path.exists(marker))
os.remove(marker)
os.rmdir(d)
