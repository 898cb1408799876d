# A standard descriptor closed by the caller (prog <&-, prog >&-): the program's sys stream is None, as CPython's
# create_stdio makes it; print() to a None stdout does nothing, input() says which stream it lost.
import subprocess
import sys


def quote(s):
    return "'" + s.replace("'", "'\"'\"'") + "'"


PROG = r'''
import sys
sys.stderr.write("stdin=%s stdout=%s __stdin__=%s\n" % (type(sys.stdin).__name__, type(sys.stdout).__name__,
                                                          type(sys.__stdin__).__name__))
print("printed")
try:
    input()
except RuntimeError as e:
    sys.stderr.write("RuntimeError: %s\n" % e)
sys.stderr.write("end\n")
'''


def run(redirect, extra=""):
    cmd = "exec %s %s -c %s %s" % (quote(sys.executable), extra, quote(PROG), redirect)
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    print(repr(redirect), extra, "->", r.returncode)
    print("  out:", r.stdout.splitlines())
    print("  err:", r.stderr.splitlines())


run("<&-")
run(">&-")
run("<&- >&-")
run("<&-", "-u")
# no program and no stdin: nothing to run
r = subprocess.run("exec %s <&-" % quote(sys.executable), shell=True, capture_output=True, text=True)
print("bare:", r.returncode, repr(r.stdout), repr(r.stderr))
