# Deeply nested source: the parser's stack (MAXSTACK) fails with MemoryError, the compiler's recursion limit
# (3 times sys.getrecursionlimit()) with RecursionError, as in CPython 3.11.
import sys

def attempt(label, src, mode="eval"):
    try:
        r = eval(src) if mode == "eval" else exec(src, {})
        print(label, "ok", r)
    except (MemoryError, RecursionError, SyntaxError) as e:
        print(label, type(e).__name__, e)

attempt("minus 100000", "-" * 100000 + "1")
attempt("minus 6500", "-" * 6500 + "1")
attempt("minus 5000", "-" * 5000 + "1")
attempt("minus 2900", "-" * 2900 + "1")
attempt("minus 1000", "-" * 1000 + "1")
attempt("not 7000", "not " * 7000 + "1")
attempt("not 4000", "not " * 4000 + "1")
attempt("power 3100", "1" + "**1" * 3100)
attempt("sum 100000", "1" + "+1" * 100000)
attempt("sum 2000", "1" + "+1" * 2000)
attempt("ifexp 4000", "1 if 0 else " * 4000 + "2")
attempt("parens 200", "(" * 200 + "1" + ")" * 200)
attempt("parens 201", "(" * 201 + "1" + ")" * 201)
attempt("exec minus 100000", "x = " + "-" * 100000 + "1", "exec")
attempt("exec sum 10000", "x = 1" + "+1" * 10000, "exec")
try:
    compile("-" * 4000 + "1", "<deep>", "eval")
except RecursionError as e:
    print("compile:", e)
sys.setrecursionlimit(3000)
attempt("minus 5000 at limit 3000", "-" * 5000 + "1")
sys.setrecursionlimit(1000)
attempt("minus 2900 again", "-" * 2900 + "1")
