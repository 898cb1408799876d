# signal.signal: a Python handler for SIGINT runs in the main thread and the sleep goes on (PEP 475); SIG_IGN
# ignores Ctrl-C; SIG_DFL lets it end the process (status 130, no traceback, no atexit callbacks).
import atexit
import signal
import time


def handler(signum, frame):
    print("handler", signum, signal.Signals(signum).name, frame.f_code.co_name, flush=True)


atexit.register(print, "atexit callback")
print(signal.getsignal(signal.SIGINT))
print(signal.signal(signal.SIGINT, handler))
print("ready", flush=True)
t0 = time.monotonic()
time.sleep(2)
print("slept on", time.monotonic() - t0 >= 1.9, flush=True)
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is handler)
print("ready", flush=True)
time.sleep(2)
print("ignored", flush=True)
print(repr(signal.signal(signal.SIGINT, signal.SIG_DFL)))
print("ready", flush=True)
time.sleep(60)
print("not reached")
