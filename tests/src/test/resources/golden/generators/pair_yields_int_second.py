# 'yield a, b' with an int b passes b unboxed to 'for a, b in gen'; other second items (bool, big int, float, str)
# after ints, yield from relays, and the tuple when the consumer does not unpack.
def pairs(src):
    prev = None
    for x in src:
        if prev is not None:
            yield prev, x
        prev = x
def mixed():
    yield 1, 2
    yield "a", True
    yield 3, 2**70
    yield 4, 5
    yield None, 6.5
for a, b in mixed():
    print(a, b, type(b).__name__)
print(list(mixed()))
def relay():
    yield from mixed()
for a, b in relay():
    print(a, b)
t = 0
for _ in range(3000):
    for a, b in pairs(range(50)):
        t += a ^ b
print(t, sum(a * b for a, b in pairs(iter([3, 4, 5]))), [p for p in pairs("abc")])
