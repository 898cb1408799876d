# The sequence methods called by name raise the index error; the operators raise the sequence's own message
cases = ["'a'.__mul__(1.5)", "(1,).__add__(0)", "[1].__add__(0)", "[1].__mul__(1.5)", "b'a'.__add__(0)",
 "'a'.__add__(0)", "'a'.__rmul__(1.5)", "(1,).__mul__('x')", "{1}.__or__(1)", "{}.__or__(1)", "1 .__add__(1.5)",
 "[1].__iadd__(0)", "[1].__imul__(1.5)", "bytearray(b'a').__add__(0)", "bytearray(b'a').__mul__(1.5)", "b'a'.__mul__(1.5)",
 "range(3).__eq__(1)", "'a'.__mod__(1)", "'%s'.__mod__(1)", "b'a'.__rmul__(1.5)", "(1,).__rmul__(1.5)", "[1].__rmul__(1.5)"]
for c in cases:
    try:
        r = eval(c)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(c, "->", r)
class X:
    def __rmul__(self, o): return "X.rmul"
    def __radd__(self, o): return "X.radd"
class I:
    def __index__(self): return 2
stmts = ["l=[1]; l *= 1.5", "t=(1,); t *= 1.5", "s='a'; s *= 1.5", "b=bytearray(b'a'); b *= 1.5", "b=b'a'; b *= 1.5",
 "r = 'a' * 1.5", "r = 1.5 * 'a'", "r = [1] * 1.5", "r = 1.5 * (1,)", "r = (1,) + 0", "r = 0 + (1,)", "r = 'a' * X()", "r = (1,) + X()",
 "r = [1] * I()", "r = I() * 'ab'", "l=[1]; l *= I(); r = l", "l=[1]; l += X(); r = l", "l=[1]; l *= X(); r = l", "r = b'a' * 1.5",
 "r = bytearray(b'a') * 1.5", "r = 1.5 * bytearray(b'a')", "r = [1].__mul__(I())", "r = [1] * True", "r = 'a' * None", "r = None * 'a'"]
for c in stmts:
    try:
        g = {'X': X, 'I': I}
        exec(c, g)
        r = g.get('r')
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(c, "->", r)
