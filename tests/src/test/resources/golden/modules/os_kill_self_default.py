# A signal the program sends to itself with the system's default action ends it as in CPython: SIGTERM, after a
# Python handler was set and then given back with SIG_DFL, kills the process (the shell's status 143), with no
# Python-level clean-up (the atexit function does not run, the last print is never reached).
import atexit
import os
import signal
import sys

atexit.register(lambda: print("atexit ran"))
signal.signal(signal.SIGTERM, lambda signum, frame: print("handler", signum, flush=True))
os.kill(os.getpid(), signal.SIGTERM)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print("before the default action", flush=True)
sys.stderr.flush()
os.kill(os.getpid(), signal.SIGTERM)
print("not reached")
