# traceback: extract_stack, format_stack, print_stack, walk_stack, walk_tb,
# extract_tb, format_tb, print_tb, format_list, print_list, print_last
import sys
import traceback

import helper_relative_stdout  # noqa: F401 (stdout without this folder's path)


def a():
    return b()


def b():
    return c()


def c():
    print("-- print_stack")
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack()
    traceback.print_stack(limit=2, file=sys.stdout)
    print("-- extract_stack")
    for fs in traceback.extract_stack():
        print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno, fs.end_lineno, fs.locals)
    print([fs.name for fs in traceback.extract_stack(limit=2)])
    print([fs.name for fs in traceback.extract_stack(limit=-2)])
    print("-- format_stack")
    print("".join(traceback.format_stack()), end="")
    print(traceback.format_stack(limit=1))
    print("-- from a frame")
    print([fs.name for fs in traceback.extract_stack(sys._getframe().f_back)])
    print("".join(traceback.format_stack(sys._getframe().f_back.f_back)), end="")
    traceback.print_stack(sys._getframe(1), file=sys.stdout)
    print("-- walk_stack")
    print([(f.f_code.co_name, type(ln).__name__) for f, ln in traceback.walk_stack(sys._getframe())])
    print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None))])
    print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)])
    return "done"


print(a())


class Outer:
    class Inner:
        def method(self):
            return traceback.extract_stack()

    def gen(self):
        yield traceback.format_stack()


print([(f.name, f.lineno, f.line) for f in Outer.Inner().method()])
print("".join(next(Outer().gen())), end="")
print([(f.name, f.lineno) for f in (lambda: traceback.extract_stack())()])
print([fs.name for fs in [traceback.extract_stack() for _ in range(1)][0]])


def fail(n):
    if n == 0:
        return {}["missing"]
    return fail(n - 1)


print("-- tracebacks")
try:
    fail(2)
except KeyError as e:
    tb = e.__traceback__
    print([(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(tb)])
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(fs.lineno, fs.name, fs.line, fs.colno, fs.end_colno, fs.lineno == fs.end_lineno)
    print(len(traceback.extract_tb(tb, limit=2)), len(traceback.extract_tb(tb, limit=-1)))
    print("".join(traceback.format_tb(tb)), end="")
    print(traceback.format_tb(tb, limit=1))
    print(traceback.format_tb(tb.tb_next, limit=-1))
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_tb(tb, limit=2)
    print("".join(traceback.format_list(summary)), end="")
    traceback.print_list(summary[1:], file=sys.stdout)
    print(traceback.extract_tb(None), traceback.format_tb(None))
    traceback.clear_frames(tb)

print("-- format_list of tuples")
print(traceback.format_list([("a.py", 3, "fn", "x = 1"), ("b.py", 4, "g", None), ("c.py", 5, "h", "")]))
traceback.print_list([("a.py", 3, "fn", "  x = 1  ")], file=sys.stdout)
traceback.print_list([("a.py", 3, "fn", "x = 1")])
print(traceback.format_list([]))
print(traceback.format_list([("a.py", 3, "fn", "same")] * 6))

print("-- print_last")
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError:", e)
try:
    fail(0)
except KeyError as e:
    sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
traceback.print_last(file=sys.stdout)
traceback.print_last(limit=1, file=sys.stdout)
