# Output printed before an uncaught exception is still flushed; finally runs first.
def step(n):
    print("step", n)
    if n == 2:
        [1, 2, 3][n * 2]
try:
    for i in range(4):
        step(i)
finally:
    print("finally before traceback")
