# traceback: FrameSummary, StackSummary and TracebackException objects
import sys
import traceback

import helper_relative_stdout  # noqa: F401 (stdout without this folder's path)

print("-- FrameSummary")
fs = traceback.FrameSummary("f.py", 10, "func", line="  y = 2  ", lookup_line=False)
print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno, fs.locals)
print(tuple(fs), list(fs), fs[0], fs[-1], fs[1:3], len(fs), repr(fs))
filename, lineno, name, line = fs
print(filename, lineno, name, line)
print(fs == ("f.py", 10, "func", "y = 2"), fs == ("f.py", 10, "func", "other"), fs == 3, fs != fs)
print(fs == traceback.FrameSummary("f.py", 10, "func", line="different"))
print(fs == traceback.FrameSummary("f.py", 10, "func", locals={"a": 1}))
loc = traceback.FrameSummary("g.py", 1, "h", locals={"b": [1, 2], "a": "x"}, line="pass")
print(loc.locals)
print(traceback.format_list([loc]))
print(traceback.FrameSummary("g.py", 1, "h", locals={}).locals)
print(repr(traceback.FrameSummary("nofile.py", 5, "m").line))
print(repr(traceback.FrameSummary("nofile.py", None, "m").line))
here = traceback.FrameSummary(__file__, 3, "<module>")
print(repr(here.line))
call = traceback.FrameSummary("f.py", 10, "func", line="  y = foo(2)  ", colno=6, end_colno=12, end_lineno=10)
print(traceback.format_list([call]))
whole = traceback.FrameSummary("f.py", 10, "func", line="  foo(2)", colno=2, end_colno=8, end_lineno=10)
print(traceback.format_list([whole]))
multi = traceback.FrameSummary("f.py", 10, "func", line="  x = foo(2,\n", colno=6, end_colno=3, end_lineno=11)
print(traceback.format_list([multi]))


def compute(values, index):
    scale = 3
    return values[index] * scale


print("-- StackSummary")
try:
    compute([1, 2], 7)
except IndexError as e:
    tb = e.__traceback__
ss = traceback.StackSummary.extract(traceback.walk_tb(tb))
print(type(ss).__name__, isinstance(ss, list), len(ss), [f.name for f in ss])
print([(f.lineno, f.line, f.colno) for f in ss])
print("".join(ss.format()), end="")
print(traceback.StackSummary.extract(traceback.walk_tb(tb), limit=1).format())
lazy = traceback.StackSummary.extract(traceback.walk_tb(tb), lookup_lines=False)
print([f._line for f in lazy], [f.line for f in lazy])
with_locals = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
print(with_locals[-1].locals)
print("".join(with_locals.format()[1:]), end="")
full = traceback.extract_tb(tb, limit=None)
print([(f.lineno, f.end_lineno, f.colno, f.end_colno) for f in full])
fl = traceback.StackSummary.from_list([("a.py", 3, "fn", "x = 1"), full[-1]])
print(type(fl).__name__, fl[0] == ("a.py", 3, "fn", "x = 1"), fl[1] is full[-1])
print(fl.format())
print(traceback.StackSummary().format(), traceback.StackSummary.from_list([]))


class Sub(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "fn":
            return None
        return "frame %s:%s\n" % (frame_summary.name, frame_summary.lineno)


print(Sub.from_list([("a.py", 3, "fn", "x = 1"), ("b.py", 4, "gn", None)]).format())
print(type(Sub.extract(traceback.walk_tb(tb))).__name__, Sub.extract(traceback.walk_tb(tb)).format())

print("-- TracebackException")


def deep_chain():
    try:
        try:
            raise OSError(2, "No such file")
        except OSError as e:
            raise LookupError("lookup") from e
    except LookupError:
        raise RuntimeError("final")


try:
    deep_chain()
except RuntimeError as e:
    exc = e
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type, str(te), len(te.stack), te.stack[-1].name, te.__suppress_context__)
print(te.__cause__, te.__context__.exc_type.__name__, te.__context__.__cause__.exc_type.__name__)
print(te.__context__.__context__, te.__context__.__cause__.__context__, te.exceptions)
print(te.max_group_width, te.max_group_depth, te.__notes__)
print(list(te.format_exception_only()))
print("".join(te.format()), end="")
print("".join(te.format(chain=False)), end="")
te.print(file=sys.stdout)
te.print()
print(te == traceback.TracebackException.from_exception(exc), te == 1)
try:
    try:
        raise KeyError("during")
    except KeyError:
        raise TypeError("outer") from ValueError("cause")
except TypeError as e:
    both = e
te_compact = traceback.TracebackException.from_exception(both, compact=True)
te_full = traceback.TracebackException(type(both), both, both.__traceback__, compact=False)
print(te_compact.__cause__.exc_type.__name__, te_compact.__context__)
print(te_full.__cause__.exc_type.__name__, te_full.__context__.exc_type.__name__)
print("".join(te_full.format()), end="")
te_limit = traceback.TracebackException.from_exception(exc, limit=1)
print(len(te_limit.stack), len(te_limit.__context__.stack))
te_locals = traceback.TracebackException.from_exception(exc, capture_locals=True)
print([f.locals is not None for f in te_locals.stack])
te_none = traceback.TracebackException(None, None, None)
print(te_none.exc_type, str(te_none), list(te_none.format()), te_none.__cause__, te_none.__context__)
try:
    compile("a b", "m.py", "exec")
except SyntaxError as e:
    te_syn = traceback.TracebackException.from_exception(e)
print(te_syn.filename, te_syn.lineno, te_syn.end_lineno, repr(te_syn.text), te_syn.offset, te_syn.end_offset, te_syn.msg)
print(list(te_syn.format_exception_only()))
e = KeyError("k")
e.add_note("a note")
te_note = traceback.TracebackException.from_exception(e)
print(te_note.__notes__, list(te_note.format()))
e.__notes__.append("added later")
print(list(te_note.format_exception_only()))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(str(traceback.TracebackException.from_exception(BadStr())))
