# SyntaxErrors of statements that begin with a name (where the soft keywords match and case may begin one) point
# where CPython's parser stops: at the second name of `a b`, print's missing parentheses, `case` outside a match.
cases = ["a b", "print 'x'", "x = 1 2", "foo bar baz", "a.b c", "f(x) y", "match x:\n    pass", "case x:\n    pass", "x y:", "if x y:\n  pass", "a, b c", "import a b", "a = (1 2)", "del x y"]
for c in cases:
    try:
        compile(c, "m.py", "exec")
        print(repr(c), "ok")
    except SyntaxError as e:
        print(repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
