# Unbounded recursion raises RecursionError, which can be caught.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print(bounded(200))
print("recovered after recursion error")
