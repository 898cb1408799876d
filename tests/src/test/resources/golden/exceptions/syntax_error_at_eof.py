# Where CPython places a SyntaxError found at the end of the source: eval and
# single input get no newline appended (the end marker has column -1, offset
# 0), and a block that never comes is reported at the end of the last line.
CASES = [
    ("1 +", "eval"), ("1 +\n", "eval"), ("1 +  ", "eval"), ("1 + # c", "eval"), ("not", "eval"),
    ("a.", "eval"), ("", "eval"), ("f(", "eval"), ("x = 1 +", "single"), ("x = 1 +\n", "single"),
    ("x = 1 +", "exec"), ("x = 1 +\n", "exec"),
    ("def f():\n    if x:\n", "exec"), ("if x:  # c\n", "exec"), ("if x:\n\n\n", "exec"),
    ("class C:\n", "exec"), ("if x:", "exec"), ("for a in b:\n", "exec"), ("try:\n", "exec"),
    ("while 1:\n  # only a comment\n", "exec"),
]
for src, mode in CASES:
    try:
        compile(src, "<s>", mode)
        print(mode, repr(src), "compiled")
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno,
              e.end_offset)
try:
    eval("1 +")
except SyntaxError as e:
    import sys
    sys.excepthook(type(e), e, None)
