# signal without a signal from outside: the Signals/Handlers members, getsignal/signal and their errors,
# strsignal, valid_signals, raise_signal (a handler runs before it returns), _thread.interrupt_main and SIG_IGN.
import _signal
import _thread
import pickle
import signal
import time

print(str(signal.SIGINT), repr(signal.SIGINT), signal.SIGINT.name, signal.SIGINT.value, f'{signal.SIGINT}', signal.Signals(2), repr(signal.Signals))
print(repr(signal.SIG_IGN), signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.NSIG, signal.strsignal(2), signal.strsignal(15), signal.strsignal(32), signal.strsignal(40))
print(repr(signal.SIGCLD), repr(signal.SIGIOT), repr(signal.SIGPOLL), repr(signal.SIGRTMAX), len(signal.Signals), list(signal.Handlers))
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()), signal.Signals['SIGTERM'], signal.SIGTERM in signal.Signals)
print(pickle.loads(pickle.dumps(signal.SIGTERM)) is signal.SIGTERM, signal.SIGINT == 2, {signal.SIGINT: 'x'}[2])
for args in [(signal.SIGKILL, print), (signal.SIGSTOP, print), (2, 5), (99, print), (0, print), ('x', print)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(repr(e))
for args in [(), (2, None)]:
    try:
        signal.default_int_handler(*args)
    except BaseException as e:
        print(repr(e))
for f, arg in [(signal.getsignal, 0), (signal.strsignal, 0), (signal.strsignal, 65), (_thread.interrupt_main, 70)]:
    try:
        f(arg)
    except Exception as e:
        print(repr(e))
print(repr(signal.signal(2, signal.SIG_IGN)), repr(signal.signal(2, signal.SIG_DFL)), repr(signal.getsignal(2)))
print(_signal.getsignal(2), repr(_signal.SIG_IGN), _signal.SIGINT, type(_signal.SIGINT).__name__)
signal.signal(signal.SIGINT, signal.default_int_handler)

got = []


def handler(signum, frame):
    got.append((signum, type(frame).__name__, frame.f_code.co_name))


print(repr(signal.signal(signal.SIGUSR1, handler)))
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("raise_signal:", repr(e))
try:
    _thread.interrupt_main()
    for i in range(1000000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("interrupt_main: KeyboardInterrupt")
signal.signal(signal.SIGINT, handler)
_thread.interrupt_main()
time.sleep(0.01)
print(got[-1])
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
signal.raise_signal(signal.SIGINT)
print("ignored")
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
