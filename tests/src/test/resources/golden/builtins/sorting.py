# sorted and list.sort: key, reverse, stability; reversed.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted((3, 1, 2)))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name_desc = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name_desc, key=lambda p: p[1]))
lst = [3, 1, 2]
print(lst.sort(), lst)
lst.sort(reverse=True)
print(lst)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
rv = reversed([1, 2])
print(type(rv).__name__, next(rv))
print(sorted([0.5, -1, 3, 2.25]), sorted([True, False, 0, 1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([], reverse=True))
class Rev:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(Rev())))
d = {"z": 1, "y": 2}
print(list(reversed(d)), list(reversed(d.items())))
