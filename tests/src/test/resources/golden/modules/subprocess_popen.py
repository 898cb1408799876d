# subprocess.Popen against CPython 3.11: pipes as file objects (bytes and text; read, readline, iteration, write,
# flush, close, fileno), communicate (both pipes at once without deadlock, input, timeout and a second call), wait,
# poll, returncode (negative for a signal Popen sent), kill/terminate/send_signal, the context manager, args, repr,
# stderr=STDOUT, DEVNULL, file objects and descriptors as the child's streams, and a pipeline of two children.
import os
import signal
import subprocess
import sys
import tempfile

PIPE = subprocess.PIPE

p = subprocess.Popen(["echo", "hi"], stdout=PIPE)
print(type(p.pid).__name__, p.pid > 0, p.args, p.stdin, p.stderr)
print(p.stdout.read(), p.wait(), p.returncode, p.poll())
p.stdout.close()
print(repr(p))

# readline and iteration, bytes and text
p = subprocess.Popen(["printf", "one\\ntwo\\nthree"], stdout=PIPE)
print(p.stdout.readline(), p.stdout.readline(), list(p.stdout))
p.stdout.close()
print(p.wait())
p = subprocess.Popen(["printf", "a\\r\\nb\\rc\\n"], stdout=PIPE, text=True)
print(list(p.stdout), p.stdout.encoding, p.text_mode, p.universal_newlines)
p.stdout.close()
p.wait()

# writing to a child: flush, then close for its EOF
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
p.stdin.write(b"first line\n")
p.stdin.flush()
print(p.stdout.readline())
p.stdin.write(b"second")
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait())

p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, universal_newlines=True, bufsize=1)
print(p.stdin.line_buffering)
p.stdin.write("line buffered\n")
print(repr(p.stdout.readline()))
p.stdin.close()
p.stdout.close()
p.wait()

# os.read on a pipe's descriptor
p = subprocess.Popen(["echo", "raw"], stdout=PIPE)
fd = p.stdout.fileno()
print(type(fd).__name__, os.read(fd, 100), os.read(fd, 100))
p.stdout.close()
p.wait()

# communicate: both pipes, more than a pipe holds on each, no deadlock
p = subprocess.Popen(["sh", "-c", "i=0; while [ $i -lt 3000 ]; do echo out$i; echo err$i >&2; i=$((i+1)); done"],
                     stdout=PIPE, stderr=PIPE)
out, err = p.communicate()
print(len(out), len(err), out[-8:], err[-8:], p.returncode, p.stdout.closed, p.stderr.closed)
big = b"x" * 300000 + b"\n"
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE)
out, err = p.communicate(big)
print(len(out), out == big, err, p.returncode, p.stdin.closed)
p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=PIPE, stdout=PIPE, stderr=PIPE, text=True)
print(p.communicate("text\r\ninput\n"))
p = subprocess.Popen(["sh", "-c", "exit 3"], stdout=PIPE, stderr=PIPE)
print(p.communicate(), p.returncode)
p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)
p = subprocess.Popen(["cat"], stdin=PIPE)
print(p.communicate(b""), p.returncode)
p = subprocess.Popen(["echo", "only stdout"], stdout=PIPE)
print(p.communicate())
p = subprocess.Popen(["sh", "-c", "echo only stderr >&2"], stderr=PIPE)
print(p.communicate())

# communicate's timeout keeps what was read; a second call goes on
p = subprocess.Popen(["sh", "-c", "echo early; sleep 0.8; echo late"], stdout=PIPE, stderr=PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout, e.output, e.stderr)
try:
    p.communicate(b"too late")
except ValueError as e:
    print("ValueError", e)
print(p.communicate(), p.returncode)

# wait(timeout), poll, signals
p = subprocess.Popen(["sleep", "10"])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout)
p.terminate()
print(p.wait(), p.returncode, p.poll())
p.terminate()
p.kill()
print(p.returncode)
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGINT)
print(p.wait())
print(subprocess.CalledProcessError(p.returncode, p.args))
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGUSR1)
print(p.wait())
p = subprocess.Popen(["sh", "-c", "trap 'exit 5' TERM; sleep 10 & wait"])
import time
time.sleep(0.3)
p.terminate()
print(p.wait())

# the context manager closes the pipes and waits
with subprocess.Popen(["sh", "-c", "echo in with; exit 6"], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)
try:
    with subprocess.Popen(["sleep", "0.2"]) as p:
        raise RuntimeError("inside")
except RuntimeError as e:
    print(e, p.returncode)

# stderr to stdout, DEVNULL, inherited streams
p = subprocess.Popen(["sh", "-c", "echo o; echo e >&2"], stdout=PIPE, stderr=subprocess.STDOUT)
print(p.communicate())
p = subprocess.Popen(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.DEVNULL, stderr=PIPE)
print(p.communicate())
print("parent line", flush=True)
subprocess.Popen(["sh", "-c", "echo child line; echo child err >&2"], stderr=subprocess.STDOUT).wait()
subprocess.Popen(["echo", "to fd 1 as stderr"], stdout=2, stderr=1).wait()
sys.stdout.flush()

# files as the child's streams, by object and by descriptor
d = tempfile.mkdtemp()
path = os.path.join(d, "out.txt")
with open(path, "w") as f:
    subprocess.run(["echo", "into the file"], stdout=f)
    subprocess.run(["sh", "-c", "echo err into the file >&2"], stderr=f.fileno())
print(open(path).read(), end="")
with open(path, "rb") as f:
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
fd = os.open(path, os.O_RDONLY)
print(subprocess.run(["wc", "-l"], stdin=fd, capture_output=True).stdout.strip())
os.close(fd)
os.remove(path)
os.rmdir(d)

# a pipeline: the first child's stdout is the second's stdin
p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=PIPE)
p1.stdout.close()
print(p2.communicate(), p1.wait(), p2.returncode)

# argument checks
for kwargs in ({"startupinfo": 1}, {"creationflags": 1}, {"bufsize": 1.5}, {"text": True, "universal_newlines": False}):
    try:
        subprocess.Popen(["true"], **kwargs)
    except (ValueError, TypeError, subprocess.SubprocessError) as e:
        print(type(e).__name__, e)
try:
    subprocess.Popen(["echo", "a\0b"])
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.Popen(["true"], env={"A=B": "c"})
except ValueError as e:
    print("ValueError", e)
with subprocess.Popen(["true"], close_fds=False, restore_signals=False, start_new_session=True, pass_fds=()) as p:
    pass
print(p.returncode)
