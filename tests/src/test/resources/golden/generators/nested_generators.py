# Generators consuming other generators: pipelines, recursion, closures.
def numbers(n):
    for i in range(1, n + 1):
        yield i
def squared(it):
    for x in it:
        yield x * x
def only_even(it):
    for x in it:
        if x % 2 == 0:
            yield x
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(only_even(squared(numbers(10))))))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4])], [[5]], 6])))
def make_gen(factor):
    def gen(n):
        for i in range(n):
            yield i * factor
    return gen
tens = make_gen(10)
print(list(tens(4)), list(make_gen(-1)(3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], (x for x in "XYZW"))))
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(windows(numbers(6), 3)))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
def outer_gen():
    def inner_gen():
        yield "inner-a"
        yield "inner-b"
    for v in inner_gen():
        yield v.upper()
    yield "outer-end"
print(list(outer_gen()))
