# A child started without env= inherits the process's environment as libc holds it: os.environ assignments and
# deletions, and os.putenv / os.unsetenv, all reach it; with env= it gets exactly that mapping.
import os
import subprocess

os.environ["AUDITPY_SUB_A"] = "from environ"
print(subprocess.run(["sh", "-c", "echo A=$AUDITPY_SUB_A"], capture_output=True, text=True).stdout, end="")
os.putenv("AUDITPY_SUB_B", "from putenv")
print(subprocess.check_output("echo B=$AUDITPY_SUB_B", shell=True, text=True), end="")
del os.environ["AUDITPY_SUB_A"]
os.unsetenv("AUDITPY_SUB_B")
print(subprocess.check_output("echo A=$AUDITPY_SUB_A B=$AUDITPY_SUB_B", shell=True, text=True), end="")
print(subprocess.check_output(["/bin/sh", "-c", "echo PATH=$PATH C=$AUDITPY_SUB_C"], text=True,
                              env={"PATH": "/bin", "AUDITPY_SUB_C": "given"}), end="")
