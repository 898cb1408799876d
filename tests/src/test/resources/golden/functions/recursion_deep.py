# With sys.setrecursionlimit raised, Python recursion goes as deep as the limit allows (CPython 3.11 keeps
# Python frames off the C stack), and past the new limit it raises RecursionError again.
import sys
sys.setrecursionlimit(30000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(12000))
print(depth(25000))
def walk(node):
    total = 0
    while node is not None:
        total += node[0]
        node = node[1]
    return total
def build(n, acc=None):
    return acc if n == 0 else build(n - 1, (n, acc))
print(walk(build(20000)))
reached = 0
def down(n):
    global reached
    reached = n
    down(n + 1)
try:
    down(1)
except RecursionError as e:
    print("RecursionError", e, reached)
print(depth(15000))
for i in range(3000):
    depth(30)  # compiled with the raised limit: lowering it must still apply
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("back to 1000:", e)
print(depth(900))
