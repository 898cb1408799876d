# Keyword arguments a builtin does not take: CPython's argument parser words them "'x' is an invalid keyword
# argument for f()" (naming the type for a constructor, and sort() for sorted()), or "f() takes no keyword
# arguments" for a constructor without keyword parameters; keywords a builtin does take still bind.

calls = [
    lambda: print("x", foo=1), lambda: min([1], foo=1), lambda: max([1], key=len, bar=2), lambda: sorted([], foo=1),
    lambda: [].sort(reversed=True), lambda: int("1", foo=1), lambda: int(x="1"), lambda: str(object=1, foo=2),
    lambda: bytes(foo=1), lambda: enumerate([], foo=1), lambda: zip("a", foo=1), lambda: open("x", foo=1),
    lambda: round(1.5, foo=1), lambda: sum([], foo=1), lambda: pow(2, 3, foo=1), lambda: compile("", "", "exec", foo=1),
    lambda: exec("", foo=1), lambda: "a".split(foo=1), lambda: float(x=1), lambda: set([], foo=1), lambda: list(foo=1),
    lambda: tuple(foo=1), lambda: frozenset(foo=1), lambda: map(foo=1), lambda: filter(foo=1), lambda: range(1, foo=1),
    lambda: slice(foo=1), lambda: reversed(seq=[]), lambda: abs(x=1), lambda: [].append(x=1), lambda: iter(x=1),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)

print(int("11", base=2), enumerate("ab", start=3).__next__(), list(zip("ab", "cd", strict=True)), round(number=2.675, ndigits=2))
print(sorted([3, 1, 2], key=lambda v: -v, reverse=True), min([3, 1], key=None), "a,b".split(sep=","), pow(base=2, exp=5))
print("x", "y", sep="-", end="!\n")
