# Where CPython 3.11 puts parser errors (string input, as compile() sees it) and how the default display draws
# their source line and caret: the end of the input, IndentationError's single caret, 'async' and lambda heads.
import sys

SOURCES = [
    "try:\n    pass\n",
    "try:\n    pass",
    "try:\n    pass\n\n\n",
    "if 1:\n  try:\n    pass\n",
    "try:\n    pass\nx = 1\n",
    "try:\n    pass\nfoo = 1\n",
    "if True:\n",
    "if True:\nprint(1)\n",
    "class A:\n    def f(self):\n",
    "@dec\n",
    "lambda\n",
    "f = lambda x\n",
    "lambda x, \n",
    "if lambda x\n",
    "async = 1\n",
    "async x\n",
    "x = 1; async = 2\n",
    "x = async\n",
    "for x in range(3):\n    pass\n  print(x)\n",
    "x = (1,\n",
]

for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)
        sys.stdout.flush()
        sys.excepthook(type(e), e, None)
        sys.stderr.flush()

# the display's own rules, on errors made by hand: clipped offsets, trailing blanks kept, no caret at offset 0,
# several lines of text, and a subclass's end position ignored
for cls in (SyntaxError, IndentationError):
    for text, off, end in [("    pass\n", 10, 12), ("  a b  \n", 3, 6), ("abc", 0, 2), ("x\ny\n", 3, 4),
                           ("", 1, 2), ("if True:\n", 4, 30), ("if True:\n", 1, -1), ("\tx = 1\n", 2, 3)]:
        e = cls("m", ("f.py", 2, off, text, 2, end))
        sys.excepthook(cls, e, None)
        sys.stderr.flush()
