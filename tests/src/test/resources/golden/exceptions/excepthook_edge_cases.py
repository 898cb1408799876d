# An uncaught exception with an unusual sys.excepthook or sys.stderr, as CPython's _PyErr_PrintEx and
# PyErr_Display: a None stderr shows nothing, a hook that is not callable fails with "Error in sys.excepthook", a
# deleted one says it is missing.
import subprocess
import sys

PROGRAMS = [
    "import sys; sys.stderr = None; 1/0",
    "import sys; sys.excepthook = None; 1/0",
    "import sys; del sys.excepthook; 1/0",
    "import sys; sys.excepthook = 5; 1/0",
    "import sys; sys.stderr = None; sys.excepthook = None; 1/0",
    "import sys; sys.stderr = None; raise SystemExit('bye')",
    "import sys\ndef h(*a): print('hook', a[0].__name__)\nsys.excepthook = h\n1/0",
    "import sys\ndef h(*a): raise ValueError('in hook')\nsys.excepthook = h\n1/0",
]
for prog in PROGRAMS:
    r = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True)
    print(repr(prog), "->", r.returncode)
    print("  out:", r.stdout.splitlines())
    print("  err:", r.stderr.splitlines())
