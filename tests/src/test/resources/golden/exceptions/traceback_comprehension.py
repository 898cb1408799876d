# Where tracebacks place errors of comprehensions and generator expressions (CPython 3.11 code positions):
# the call of the comprehension in the enclosing frame, and the iteration inside it, under the whole expression.
import os
import sys
import tempfile


def boom():
    yield 1
    raise ValueError("boom")


CASES = [
    "[x for x in 5]",
    "(x for x in 5)",
    "{x for x in 5}",
    "{x: 1 for x in 5}",
    "[x for x in [1] if zz]",
    "{x: 1 for x in [1] if zz}",
    "sum([ 1/0 for q in [1]])",
    "[y for x in [[1]] for y in 5]",
    "list([x for x in boom()])",
    "list((x for x in boom()))",
    "list([x for x in [1] for y in boom()])",
    "[[z for z in 5] for x in [1]]",
    "[x for x in undefined_iterable]",
]

here = os.getcwd()
work = tempfile.mkdtemp()
os.chdir(work)  # the cases are files there, named relatively
for i, case in enumerate(CASES):
    src = f"def f{i}():\n    return {case}\n"
    name = f"tb_case_{i}.py"
    with open(name, "w") as fh:
        fh.write(src)
    ns = {"boom": boom}
    exec(compile(src, name, "exec"), ns)
    try:
        ns[f"f{i}"]()
    except Exception:
        sys.excepthook(*sys.exc_info())
        sys.stderr.flush()
    finally:
        os.remove(name)
os.chdir(here)
os.rmdir(work)
