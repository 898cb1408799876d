# assert statements.
assert True
assert 1 + 1 == 2, "math works"
print("passing asserts ok")
try:
    assert 1 > 2
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("caught", repr(e), str(e))
try:
    x = [1, 2]
    assert len(x) == 3, f"length was {len(x)}"
except AssertionError as e:
    print("caught:", e)
def check(v):
    assert isinstance(v, int), ("not an int", v)
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("caught tuple arg:", e.args)
evaluated = []
def msg():
    evaluated.append(1)
    return "m"
assert True, msg()
print("message evaluated:", evaluated)
print(issubclass(AssertionError, Exception))
