# The compiler's SyntaxWarnings (CPython 3.11 compile.c): "is" with a literal, a literal called or indexed
# ("perhaps you missed a comma?"), an assert of a tuple; shown through the warnings machinery at each compile,
# made SyntaxErrors by an "error" filter.
import sys
import warnings

x = 1
if x is 1:
    print("is one")
print(x is not "a", x is None, x is True, x is ..., x is -1, x is (1, 2), x is not (not 1))


def f():
    return [1][None] if x else (1, 2)(3)


assert (x, "message")
print(sys.warnoptions)

for src in ["y = 1 is 1", "z = 'abc'[1.5]", "w = None[0]", "v = 5[0]", "u = {1}[0]", "t = (lambda: 0)[0]",
            "s = [1, 2][1:2]", "r = 'ab'[True]", "q = [x for x in ()](1)", "p = f'{x}'(1)", "o = None()",
            "n = {1: 2}(3)", "m = (x for x in ())[0]", "l = 'a' is 'a'", "k = x is 1.5 is 2"]:
    try:
        exec(src, {"x": 1})
    except Exception as e:
        print(src, "->", type(e).__name__)
    sys.stderr.flush()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("a is 1\nb = [1][None]\n", "caught.py", "exec")
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["c = 1 is 1", "assert (1, 2)", "d = (1, 2)(3)"]:
        try:
            compile(src, "strict.py", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.args)
