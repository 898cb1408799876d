# sys._current_frames() and sys._current_exceptions() raise their events () on every call;
# both map the thread id to the topmost frame / the exc_info() tuple.
import sys, _thread
def hook(ev, args):
    if ev.startswith("sys._current"):
        print(ev, args)
sys.addaudithook(hook)
d = sys._current_frames()
print(list(d) == [_thread.get_ident()], type(d[_thread.get_ident()]).__name__)
def g():
    return sys._current_frames()[_thread.get_ident()].f_lineno
print(g())
print(list(sys._current_exceptions().values()))
try:
    1 / 0
except ZeroDivisionError:
    e = sys._current_exceptions()[_thread.get_ident()]
    print(e[0].__name__, e[1], type(e[2]).__name__)
