# itertools functions.
from itertools import (count, cycle, repeat, chain, islice, zip_longest, product, permutations,
                       combinations, accumulate, groupby, takewhile, dropwhile, starmap)
print(list(islice(count(10, 5), 4)), list(islice(count(), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(islice(repeat(0), 2)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 3)), list(islice("abc", 1, None)))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))), list(product()))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations([1], 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
data = "aaabccdddd"
print([(k, len(list(g))) for k, g in groupby(data)])
people = [("ann", "nl"), ("bob", "nl"), ("cid", "de"), ("dan", "nl")]
for country, grp in groupby(people, key=lambda p: p[1]):
    print(country, [name for name, _ in grp])
print([(k, list(g)) for k, g in groupby(sorted([5, 1, 4, 2, 3, 6]), key=lambda v: v % 2 == 0)])
print(list(takewhile(lambda v: v < 4, [1, 3, 5, 2])), list(dropwhile(lambda v: v < 4, [1, 3, 5, 2])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda a, b: a + b, zip("ab", "cd"))))
c = count()
next(c); next(c)
print(next(c), repr(c))
print(sum(1 for _ in combinations(range(10), 4)), list(islice(permutations(range(5)), 2)))
