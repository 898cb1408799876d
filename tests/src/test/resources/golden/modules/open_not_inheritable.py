# Files that open() makes are not inheritable (PEP 446): a program os.system starts sees none of them, and
# fcntl reports FD_CLOEXEC. (auditpy sets the flag just before such calls: PosixModule.setNonInheritable.)
import fcntl
import os
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "auditpy-inherit-probe.txt")
with open(path, "w") as w:
    w.write("x")
r = open(path)
b = open(path, "rb")
sys.stdout.flush()
# the descriptors of the shell that os.system starts which name the probe file
status = os.system("ls -l /proc/$$/fd | grep -c auditpy-inherit-probe")
print("shell status", status >> 8)
print("FD_CLOEXEC", fcntl.fcntl(r.fileno(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
r.close()
b.close()
again = open(path)
print(again.read())
again.close()
os.remove(path)
os.rmdir(d)
