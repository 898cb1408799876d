# sum() of a generator runs as a Truffle loop (OSR-compilable) with a primitive total: every kind of item and error
def g(n):
    for i in range(n):
        yield i
print(sum(g(10)), sum(g(10), 5), sum((x * 0.5 for x in range(5))), sum((x for x in [1, 2.5, 3])))
print(sum((x for x in [2**62, 2**62, 1])), sum((x for x in [1, 2]), 2**63))
print(sum(sum(y for y in range(x)) for x in range(10)))
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)
def bad():
    yield 1
    raise ValueError("boom")
try:
    sum(bad())
except ValueError as e:
    print("ValueError", e)
t = 0
for rep in range(30):
    t += sum(a ^ b for a, b in zip(range(20000), range(1, 20001)))
print(t)
print(sum((x for x in []), []) , sum((x for x in [[1], [2]]), []))
