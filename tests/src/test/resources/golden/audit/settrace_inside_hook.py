# A trace function set for the first time from inside an audit hook, at an event site that ran hot (so it
# is compiled): the rest of that hook is not traced (tracing is suspended inside hooks), the caller is
# traced once the hook returns, later hooks are not, and tracing set again later still skips hooks only.
import sys

events = []

def tracer(frame, event, arg):
    if event == "call":
        events.append(frame.f_code.co_name)
    return None

def inside():
    return 1

def tick(i):
    return i

def hook(event, args):
    if event == "test.start":
        sys.settrace(tracer)
        inside()
    elif event == "test.again":
        inside()

sys.addaudithook(hook)

def hot(n, start):
    i = 0
    while i < n:
        sys.audit("test.start" if i == start else "test.tick", i)
        id(i)
        tick(i)
        i += 1
    return i

for _ in range(40):
    hot(20000, -1)
hot(5, 2)
sys.settrace(None)
print(events)

events.clear()
sys.settrace(tracer)
tick(0)
sys.audit("test.again")
hot(2, -1)
sys.settrace(None)
print(events)

events.clear()
sys.setprofile(tracer)
tick(1)
sys.audit("test.again")
sys.setprofile(None)
print(events)
