# traceback: SyntaxError and its subclasses as Lib/traceback.py formats them
import sys
import traceback

import helper_relative_stdout  # noqa: F401 (stdout without this folder's path)

print("-- compile errors")
for src in ["x = (1,\n 2 +", "1 +* 2", "def f():\n  return 1\n   x = 2\n", "  a b c",
            "if True:\n\tx = 1\n        y = 2\n", "f(**x, *y)", "x = 'abc", "a = 1\nb = 2 3\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        traceback.print_exc(file=sys.stdout)
        print(traceback.format_exception_only(e))
        te = traceback.TracebackException.from_exception(e)
        print(te.filename, te.lineno, te.end_lineno, repr(te.text), te.offset, te.end_offset, te.msg)

try:
    eval("1 +* 2")
except SyntaxError:
    traceback.print_exc(file=sys.stdout)
try:
    exec("def f():\n  return 1\n   x = 2\n")
except SyntaxError:
    traceback.print_exc(file=sys.stdout)

print("-- hand-made SyntaxErrors")
for args in [{}, dict(msg=None), dict(msg=""), dict(filename=None, lineno=None), dict(lineno=None),
             dict(offset=None), dict(text=None), dict(offset=0), dict(end_offset=-1), dict(end_offset=0),
             dict(end_offset=None), dict(offset=30, end_offset=40), dict(offset=2),
             dict(text="\tfoo(bar baz)\n", offset=10, end_offset=13), dict(text="\f  x y\n", offset=4),
             dict(text="line one\nline two\n", offset=12, end_offset=14)]:
    kw = dict(msg="bad thing", filename="f.py", lineno=3, offset=5, text="   foo(bar baz)\n",
              end_lineno=3, end_offset=8)
    kw.update(args)
    se = SyntaxError(kw["msg"], (kw["filename"], kw["lineno"], kw["offset"], kw["text"],
                                 kw["end_lineno"], kw["end_offset"]))
    print(args)
    print("".join(traceback.format_exception_only(se)), end="")
print(traceback.format_exception_only(SyntaxError("plain")))
print(traceback.format_exception_only(SyntaxError()))
print(traceback.format_exception_only(IndentationError("ind", ("x.py", 2, 3, "  xx\n", 2, 6))))
print(traceback.format_exception_only(TabError("tabs", ("x.py", 2, 1, "\txx\n", 2, 3))))

print("-- a SyntaxError with notes and a cause")
try:
    try:
        compile("1 +", "mod.py", "exec")
    except SyntaxError as e:
        e.add_note("while compiling mod.py")
        raise
except SyntaxError as e:
    traceback.print_exception(e, file=sys.stdout)
    try:
        raise RuntimeError("wrapped") from e
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
