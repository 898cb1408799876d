# Where tracebacks place failing displays and f-strings (CPython 3.11): carets under the dict, set, starred list
# or tuple display, or the f-string; "Value after * must be an iterable" for a starred non-iterable in a list or
# tuple display (a set display keeps the iterator's own message).
import os
import sys
import tempfile

CASES = [
    "x = f'{\"a\":d}'",
    "x = {[]: 1}",
    "x = {[]}",
    "x = [*5]",
    "x = (*5,)",
    "x = {*5}",
    "x = {**5}",
    "x = [1, *None, 2]",
    "x = f'{1/0}'",
    "x = {'a': 1}['b']",
]


class BadIter:
    def __iter__(self):
        raise TypeError("from __iter__")


here = os.getcwd()
work = tempfile.mkdtemp()
os.chdir(work)  # the cases are files there, named relatively
for i, case in enumerate(CASES + ["x = [*BadIter()]"]):
    src = f"def g{i}():\n    {case}\n"
    name = f"display_case_{i}.py"
    with open(name, "w") as fh:
        fh.write(src)
    ns = {"BadIter": BadIter}
    exec(compile(src, name, "exec"), ns)
    try:
        ns[f"g{i}"]()
    except Exception:
        sys.excepthook(*sys.exc_info())
        sys.stderr.flush()
    finally:
        os.remove(name)
os.chdir(here)
os.rmdir(work)
