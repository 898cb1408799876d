# and/or return operands, short-circuit, not, conditional expressions.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x")
print(None or 0 or "" or "last", 1 and 2 and 3, 1 and 0 and 3)
print(not 1, not 0, not "", not [1], not not "x")
def side(name, value):
    print("  eval", name)
    return value
print("and:", side("a", 0) and side("b", 1))
print("or:", side("a", 1) or side("b", 0))
print("mixed:", side("a", 0) or side("b", 2) and side("c", 3))
print("not-and:", not side("x", 1) and side("y", 1))
x = 5
print("big" if x > 3 else "small", "big" if x > 10 else "small")
print("a" if x == 1 else "b" if x == 5 else "c")
print((lambda: "yes")() if x else "no")
y = None
print(y or "fallback", y is None and "none")
print(0 or [] or {} or (), [] or 0)
print(True and "t", False or "f")
print(1 < 2 and 2 < 3, 1 < 2 and 3 < 2 or "alt")
r = [] or [0]
print(r, len(r))
