# Ctrl-C while subprocess waits for a child (Popen.wait, run's communicate): KeyboardInterrupt as in CPython, after
# Popen's short grace wait for the child (which the signal did not reach: it is sent to this process only).
import subprocess

p = subprocess.Popen(["sleep", "5"])
print("ready", flush=True)
try:
    p.wait()
except KeyboardInterrupt:
    print("KeyboardInterrupt in wait", p.returncode, flush=True)
p.kill()
print(p.wait(), flush=True)
print("ready", flush=True)
try:
    subprocess.run(["sleep", "5"], capture_output=True)
except KeyboardInterrupt:
    print("KeyboardInterrupt in run", flush=True)
print("done")
