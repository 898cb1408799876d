# signal.pthread_kill to the running thread: the signal.pthread_kill event (thread id, signal), signal 0 (a check),
# a handler that runs before the call returns, and CPython's errors for a bad signal number and argument types.
import signal
import sys
import _thread

me = _thread.get_ident()


def hook(event, args):
    if event == "signal.pthread_kill":
        print(event, args[0] == me, args[1])


sys.addaudithook(hook)
for args in [(me, 99), ("x", 0), (me, 0), (1.5, 0), (me, -1)]:
    try:
        print(signal.pthread_kill(*args))
    except Exception as e:
        print(type(e).__name__, e)
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.pthread_kill(me, signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.pthread_kill(me, signal.SIGUSR1)
print("ignored", got)
