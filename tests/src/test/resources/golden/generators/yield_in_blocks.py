# yield inside try/finally, with, while and for loops; state across resumptions.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self
    def __exit__(self, *exc):
        print("  close", self.name, exc[0].__name__ if exc[0] else None)
        return False
def reader():
    with Res("file") as r:
        for i in range(3):
            yield f"{r.name}:{i}"
print(list(reader()))
rd = reader()
print(next(rd))
rd.close()
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("  finally of guarded")
for x in guarded():
    print("loop", x)
gg = guarded()
for x in gg:
    print("break after", x)
    break
print("after break")
gg.close()
print("after explicit close")
def loops():
    n = 0
    while n < 3:
        for ch in "xy":
            if ch == "y" and n == 1:
                continue
            yield n, ch
        n += 1
    else:
        yield "while-else"
print(list(loops()))
def try_except_yield():
    for v in [1, 0, 2]:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div0"
print(list(try_except_yield()))
def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("  inner finally")
        yield 2
    finally:
        print("  outer finally")
print(list(nested_finally()))
def yield_expr_in_args():
    result = []
    result.append((yield "first"))
    result.append((yield "second"))
    yield result
ye = yield_expr_in_args()
print(next(ye), ye.send("A"), ye.send("B"))
def local_state():
    items = []
    while True:
        items.append(len(items))
        yield list(items)
ls = local_state()
print(next(ls), next(ls), next(ls))
