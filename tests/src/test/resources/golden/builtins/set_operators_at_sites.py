# | & - ^ between sets and frozensets at a hot site (done without looking the methods up), next to the cases that
# keep the method protocol: subclasses (the result is of the builtin type), dict views, and unsupported operands.
N = 2000


class S(set):
    pass


class F(frozenset):
    pass


class Reflected:
    def __ror__(self, other):
        return "Reflected.__ror__"

    def __rand__(self, other):
        return "Reflected.__rand__"


def results(n, pairs):
    out = []
    for i in range(n):
        a, b = pairs[i % len(pairs)]
        r = (a | b, a & b, a - b, a ^ b)
        if i < len(pairs):
            out.append([(sorted(x), type(x).__name__) for x in r])
    return out


PAIRS = [({1, 2, 3}, {3, 4}), (frozenset({1, 2}), {2, 5}), ({1, 2}, frozenset({2, 5})), (frozenset({7}), frozenset({7, 8})),
         (S({1, 9}), {9}), ({9}, S({1, 9})), (F({4}), frozenset({4, 6})), (set(), set())]
for row in results(N, PAIRS):
    print(row)

a = {1, 2}
print(a | {}.keys(), sorted({3: 0}.keys() | a), a | Reflected(), a & Reflected())
for bad in ([1], (1,), "ab", 3):
    try:
        a | bad
    except TypeError as e:
        print("TypeError:", e)
