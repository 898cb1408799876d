# "yield = 3" in a function: CPython's invalid_assignment error with carets under the yield expression
def f():
  yield = 3
