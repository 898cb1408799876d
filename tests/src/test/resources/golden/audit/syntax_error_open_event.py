# A SyntaxError of the parser in "exec" mode takes its source line from the
# file the filename names (CPython's _PyErr_ProgramDecodedTextObject), which
# raises the open event even for names like "<string>"; the tokenizer's own
# errors, f-string field errors and "eval"/"single" mode do not.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
os.chdir(d)
with open("other.py", "w") as fh:
    fh.write("first line of other.py\nsecond line of other.py\n")
with open("badmod.py", "w") as fh:
    fh.write("x = 1\ny = (\n")


def hook(event, args):
    if event == "open" and not args[0].endswith(".pyc"):  # auditpy keeps no .pyc
        print("  event open", os.path.basename(args[0]), args[1:])


sys.addaudithook(hook)

CASES = [
    ("x = (", "<string>", "exec"),
    ("x = (", "<string>", "eval"),
    ("x = 1 +", "<string>", "single"),
    ("x = \"abc", "<string>", "exec"),
    ("x $ 1", "<string>", "exec"),
    ("  x = 1", "<string>", "exec"),
    ("x = f\"{a b}\"", "<string>", "exec"),
    ("x = f\"{a\"", "<string>", "exec"),
    ("if x:\npass", "<string>", "exec"),
    ("x = 08", "<string>", "exec"),
    ("x = )", "<string>", "exec"),
    ("x $ 1", "other.py", "exec"),
    ("\nx $ 1", "other.py", "exec"),
    ("\n\n\nx $ 1", "other.py", "exec"),
    ("x $ 1", "missing.py", "exec"),
]
for src, fn, mode in CASES:
    print(repr(src), fn, mode)
    try:
        compile(src, fn, mode)
    except SyntaxError as e:
        print("  ", type(e).__name__, repr(e.msg), e.lineno, repr(e.text))

for src in ["x = (", b"x = ("]:
    try:
        exec(src)
    except SyntaxError as e:
        print("exec", repr(src), repr(e.msg), repr(e.text))

sys.path.insert(0, d)
try:
    import badmod
except SyntaxError as e:
    print("import", repr(e.msg), os.path.basename(e.filename), e.lineno, repr(e.text))
