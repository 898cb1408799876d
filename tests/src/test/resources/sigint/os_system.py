# Ctrl-C while os.system runs a command: libc's system(3) ignores SIGINT in the caller until the command ends (the
# command, in the terminal's process group, would get it itself), so the program goes on; afterwards Ctrl-C
# interrupts it again.
import os
import time

print("ready", flush=True)
st = os.system("sleep 2; exit 4")
print("status", st, flush=True)
print("ready", flush=True)
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt after the command")
