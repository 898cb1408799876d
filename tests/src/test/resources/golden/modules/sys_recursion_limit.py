# sys.getrecursionlimit / setrecursionlimit.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(3000))
sys.setrecursionlimit(100)
try:
    depth(500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old, depth(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print("TypeError:", e)
