# An uncaught exception group and sys.excepthook print CPython 3.11's '+ Exception Group Traceback' boxes
# (Python/pythonrun.c print_exception_group): nesting, chained leaves, notes, SyntaxError, width and depth limits
import sys
def leaf(i):
    try:
        raise KeyError(i)
    except KeyError as k:
        raise ValueError(f"leaf {i}") from k

excs = []
for i in range(2):
    try:
        leaf(i)
    except ValueError as v:
        v.add_note(f"note {i}\nsecond line")
        excs.append(v)
excs.append(SyntaxError("bad", ("f.py", 1, 2, "x = (\n", 1, 3)))
inner = ExceptionGroup("inner", [TypeError(k) for k in range(17)])
excs.append(inner)
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    try:
        raise ExceptionGroup("outer", excs)
    except ExceptionGroup as g:
        g.add_note("outer note")
        sys.excepthook(*sys.exc_info())
def deep(n):
    return ExceptionGroup(f"d{n}", [deep(n - 1) if n else ValueError("bottom")])
sys.excepthook(ExceptionGroup, deep(12), None)

import traceback
try:
    raise ExceptionGroup("tb module", [ValueError(1), ExceptionGroup("n", [TypeError(2)])])
except ExceptionGroup as e:
    # stdout is compared as it is: the folder of this file, which differs between checkouts, is left out
    print("".join(traceback.format_exception(e)).replace(__file__.rsplit("/", 1)[0] + "/", ""))
    traceback.print_exc()
raise BaseExceptionGroup("final", [KeyboardInterrupt(), ExceptionGroup("x", [ValueError(1)])]) from ValueError("cause")
