# The range a traceback shows for a failed assert (a comparison in its test, as CPython 3.11's compiler leaves it,
# else the statement) and for a failed import (the whole statement): carets when the range is not the whole line.
import io
import os
import sys
import tempfile

TESTS = ["x", "x == 2", "x > 1 > 0", "not x == 0", "x == 1 and y == 1", "x == 1 or y == 0", "(x == 1)",
         "x == 1 if y else 0", "x == 1 and y", "y if x == 1 else x == 5", "bool(x == 1)", "(x == 1) == True",
         "x if y else x == 0", "l[0]", "x is None", "not y and (x or x)"]
SOURCES = []
for test in TESTS:
    SOURCES += ["assert %s" % test, "assert %s, 'message'" % test, "if 1: assert %s" % test]
SOURCES += ["import os, not_a_module", "if 1: import os, not_a_module", "if 1: from os import not_a_name",
            "if 1: from not_a_module import a", "if 1: import os.not_a_module as q", "from os import (path,\n  nope)",
            "if 1: from os import *; import not_a_module", "def f():\n    from os import nope\nf()",
            "if 1: import helper_raises_at_import"]

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "helper_raises_at_import.py"), "w") as f:
        f.write("x = 1 / 0\n")
    sys.path.insert(0, d)
    for i, src in enumerate(SOURCES):
        path = os.path.join(d, "t%d.py" % i)
        with open(path, "w") as f:
            f.write("x, y, l = 0, 1, [0]\n" + src + "\n")
        try:
            exec(compile(open(path).read(), path, "exec"), {"__name__": "t"})
        except (AssertionError, ImportError, ZeroDivisionError):
            saved, sys.stderr = sys.stderr, io.StringIO()
            try:
                sys.excepthook(*sys.exc_info())
                text = sys.stderr.getvalue()
            finally:
                sys.stderr = saved
            lines = text.replace(d, "DIR").splitlines()
            # the frame of this file's exec() call, then the program's
            print("\n".join(ln for ln in lines[3:] if not ln.startswith("ImportError")))
