# sys.settrace: the global function gets each new frame's "call"; what it returns becomes the frame's f_trace, which
# gets that frame's "line", "exception" and "return" events (a later result other than None replaces it); a trace
# function that raises turns tracing off. sys.setprofile's function gets "call" and "return" (its c_call events for
# builtins are left out of this test).
import sys

log = []


def tracer(frame, event, arg):
    shown = arg if event == "return" else (arg[0].__name__ if event == "exception" else None)
    log.append((event, frame.f_code.co_name, frame.f_lineno, shown))
    return tracer


def quiet(frame, event, arg):
    log.append(("quiet", event, frame.f_code.co_name))
    return None


def counting(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    a = 1; b = 2
    while n > 0:
        n -= 1
    return total + a + b


def raiser():
    try:
        1 / 0
    except (TypeError, ZeroDivisionError):
        pass
    raise KeyError("k")


def outer():
    try:
        raiser()
    except ValueError:
        return "no"
    except KeyError:
        return "caught"
    finally:
        log.append("finally")


def squares(n):
    return [i * i for i in range(n)]


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def run(fn, *args):
    log.clear()
    sys.settrace(fn)
    result = args[0](*args[1:])
    sys.settrace(None)
    print(args[0].__name__, "->", result)
    for entry in log:
        print("  ", entry)


run(tracer, counting, 3)
run(tracer, outer)
run(tracer, squares, 2)
run(tracer, fact, 3)
run(quiet, counting, 2)


def switching(frame, event, arg):
    log.append(("switching", event, frame.f_lineno))
    return second


def second(frame, event, arg):
    log.append(("second", event, frame.f_lineno))
    return None


run(switching, counting, 1)


def failing(frame, event, arg):
    log.append(("failing", event, frame.f_lineno))
    if event == "line":
        raise RuntimeError("tracer failed")
    return failing


log.clear()
sys.settrace(failing)
try:
    counting(1)
except RuntimeError as e:
    print("RuntimeError", e, sys.gettrace())
print(log)

log.clear()
frame = sys._getframe()
sys.settrace(tracer)
frame.f_trace = tracer
x = 1
y = x + 1
sys.settrace(None)
print([e for e in log if e[1] == "<module>"])

plog = []


def profiler(frame, event, arg):
    if event in ("call", "return"):
        plog.append((event, frame.f_code.co_name, arg if event == "return" else None))


sys.setprofile(profiler)
fact(3)
outer()
sys.setprofile(None)
for entry in plog:
    print("  profile", entry)
