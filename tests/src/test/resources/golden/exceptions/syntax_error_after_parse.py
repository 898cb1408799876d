# SyntaxErrors of the symbol-table and compiler phases carry the source line
# (reread from the file the filename names), the offset and the end offset.
import os
import sys
import tempfile

CASES = [
    "def f(a, a): pass\n",
    "x = 1\nreturn 5\n",
    "nonlocal x\n",
    "def g():\n    nonlocal zz\n",
    "def h():\n    x = 1\n    global x\n",
    "y = [(yield 1) for x in range(3)]\n",
    "z = {(yield k): 1 for k in 'ab'}\n",
    "while 0:\n    pass\nbreak\n",
    "continue\n",
    "f(a=1, a=2)\n",
    "*a = 1\n",
    "yield 3\n",
    "class C:\n    def m(self, q, *, q): pass\n",
    "def k():\n    from os import *\n",
    "x = \"\u00e9\u00e9\"; return 5\n",
    "from __future__ import braces\n",
    "def f(\n        a,\n        a):\n    pass\n",
    "x = 1\r\ny = 2\r\nreturn x\r\n",
    "lambda: (yield)\nreturn\n",
]

old = os.getcwd()
d = tempfile.mkdtemp()
os.chdir(d)
try:
    for i, src in enumerate(CASES):
        name = "case%d.py" % i
        with open(name, "w", encoding="utf-8", newline="") as fh:
            fh.write(src)
        for fn in (name, "<string>", "missing.py"):
            try:
                compile(src, fn, "exec")
                print(i, fn, "compiled")
            except SyntaxError as e:
                print(i, fn, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
                if fn == name:
                    sys.excepthook(type(e), e, None)
    # the source line is what the file holds now, not what was compiled
    with open("case0.py", "w") as fh:
        fh.write("something else entirely\n")
    try:
        compile("def f(a, a): pass\n", "case0.py", "exec")
    except SyntaxError as e:
        print(repr(e.text), e.offset)
    # a file with fewer lines than the error's line number
    try:
        compile("\n\n\nreturn 1\n", "case1.py", "exec")
    except SyntaxError as e:
        print(repr(e.text), e.lineno)
    # the import of a module with such an error
    with open("badmod.py", "w") as fh:
        fh.write("import sys\n\ndef f(x, y, x):\n    return x\n")
    sys.path.insert(0, d)
    try:
        import badmod
    except SyntaxError as e:
        print(repr(e.msg), os.path.basename(e.filename), e.lineno, e.offset, repr(e.text), e.end_offset)
    # with a hook: the reread raises the open event
    sys.addaudithook(lambda ev, args: print("event", ev, args) if ev == "open" else None)
    for fn in ("case1.py", "<s>"):
        try:
            compile("x = 1\nreturn 5\n", fn, "exec")
        except SyntaxError as e:
            print(repr(e.text))
finally:
    os.chdir(old)
