# subprocess.run and its helpers (call, check_call, check_output, getoutput, getstatusoutput) against CPython 3.11:
# CompletedProcess, captured output (bytes and text), input=, env=, cwd=, shell=, the exceptions and their messages.
import os
import subprocess
import sys

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r.check_returncode()
print(subprocess.run(["printf", "a\\nb"], stdout=subprocess.PIPE).stdout)
print(subprocess.run("echo out; echo err >&2; exit 4", shell=True, capture_output=True))
print(subprocess.run(["cat"], input=b"bytes in", capture_output=True).stdout)
print(repr(subprocess.run(["cat"], input="text in\r\nwindows\rmac\n", capture_output=True, text=True).stdout))
print(repr(subprocess.run(["cat"], input="é\n", stdout=subprocess.PIPE, encoding="utf-8").stdout))
print(repr(subprocess.run(["cat"], input="x", stdout=subprocess.PIPE, universal_newlines=True).stdout))
print(subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "foo", "BAR": "bar"}, capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True).stdout)
print(subprocess.run(["true"]).returncode, subprocess.run(["false"]).returncode)
print(subprocess.run(["sh", "-c", "exit 200"]).returncode)
print(subprocess.run(("echo", b"bytes", "str"), capture_output=True).stdout)
print(subprocess.run(["echo", "stderr to stdout"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print(subprocess.run("echo both; echo err >&2", shell=True, stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print(subprocess.run(["echo", "discarded"], stdout=subprocess.DEVNULL))
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)

# inherited stdout: flush ours first so the order is the same as CPython's
print("before the child", flush=True)
subprocess.run(["echo", "from the child"])
print("after the child", flush=True)

try:
    subprocess.run(["sh", "-c", "echo partial; exit 3"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    r = subprocess.run(["false"])
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.output)

print(subprocess.call(["sh", "-c", "exit 7"]))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call(args="exit 9", shell=True)
except subprocess.CalledProcessError as e:
    print(e)

print(subprocess.check_output(["echo", "checked"]))
print(repr(subprocess.check_output(["echo", "text"], text=True)))
print(subprocess.check_output(["cat"], input=b"via input"))
print(repr(subprocess.check_output(["cat"], input=None, text=True)))
print(subprocess.check_output("echo a; echo b >&2", shell=True, stderr=subprocess.STDOUT))
try:
    subprocess.check_output(["sh", "-c", "echo some output; exit 1"])
except subprocess.CalledProcessError as e:
    print(e, e.output)

print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo status; exit 5"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("true"))
print(subprocess.getstatusoutput("echo err >&2; exit 1"))

# timeouts: the captured output so far comes with the exception
try:
    subprocess.run(["sh", "-c", "echo started; sleep 5"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)
try:
    subprocess.check_output(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e, e.output)
print(subprocess.run(["true"], timeout=10).returncode)

# errors of the arguments
for kwargs in ({"stdin": subprocess.PIPE, "input": b"x"},
               {"capture_output": True, "stdout": subprocess.PIPE},
               {"capture_output": True, "stderr": subprocess.DEVNULL}):
    try:
        subprocess.run(["true"], **kwargs)
    except ValueError as e:
        print("ValueError", e)
for kw in ("stdout", "check"):
    try:
        subprocess.check_output(["true"], **{kw: None})
    except ValueError as e:
        print("ValueError", e)

# a program that cannot be started
for args in (["nonexistent-cmd-for-auditpy"], ["/etc/passwd"], ["/"], "no-such-command-either"):
    try:
        subprocess.run(args)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(["true"], cwd="/nonexistent-dir")
except OSError as e:
    print(type(e).__name__, e, e.filename)
try:
    subprocess.run(["true"], cwd=__file__)
except OSError as e:
    print(type(e).__name__, e.errno, os.path.basename(e.filename))
print(subprocess.run("exit 127", shell=True).returncode)
print(subprocess.run("nonexistent-cmd-for-auditpy 2>/dev/null", shell=True).returncode)

print(subprocess.list2cmdline(["a b", 'c"d', "e\\f", "", "plain", "x\\\\\"y", "tab\there"]))
print(subprocess.CompletedProcess(["x"], 0))
print(subprocess.CompletedProcess("x", 1, b"o", "e"))
print(subprocess.CalledProcessError(1, "cmd"), "|", subprocess.CalledProcessError(-9, ["a", "b"]),
      "|", subprocess.CalledProcessError(-15, "t"), "|", subprocess.CalledProcessError(-99, "u"))
print(subprocess.TimeoutExpired(["a"], 2.5), "|", subprocess.TimeoutExpired("b", 3, output=b"x").stdout)
e = subprocess.CalledProcessError(2, "c", output="o", stderr="e")
e.stdout = "new"
print(e.output, e.stderr)
sys.stdout.flush()

# without env=, the child gets os.environ as the program changed it
os.environ["AUDITPY_SUBPROCESS_TEST"] = "set by the program"
print(subprocess.run(["sh", "-c", "echo $AUDITPY_SUBPROCESS_TEST"], capture_output=True, text=True).stdout, end="")
del os.environ["AUDITPY_SUBPROCESS_TEST"]
print(repr(subprocess.run("echo $AUDITPY_SUBPROCESS_TEST", shell=True, capture_output=True, text=True).stdout))
print(subprocess.run(["env"], env={"ONLY": "this"}, capture_output=True, text=True).stdout, end="")
