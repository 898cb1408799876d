# Simple generators used as iterators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
for v in count_up(3):
    print("got", v)
g = count_up(2)
print(type(g).__name__, iter(g) is g)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(g, "default"))
def evens_and_odds(items):
    for x in items:
        if x % 2 == 0:
            yield "even", x
        else:
            yield "odd", x
print(list(evens_and_odds([1, 2, 3, 4])))
def lines(text):
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        yield stripped
print(list(lines("a\n  # comment\n\n b \nc")))
def paired():
    yield 1
    yield 2
    return
    yield 3
print(list(paired()), sum(paired()))
def empty():
    return
    yield
print(list(empty()))
def gen_with_state():
    total = 0
    for i in range(1, 5):
        total += i
        yield total
print(list(gen_with_state()))
print(dict(zip("abc", count_up(10))))
a, b = count_up(2)
print(a, b)
print(3 in count_up(5), 7 in count_up(5))
gen = count_up(4)
print(next(gen), list(gen))
print(sorted(count_up(4), reverse=True), max(count_up(4)), len(list(count_up(100))))
