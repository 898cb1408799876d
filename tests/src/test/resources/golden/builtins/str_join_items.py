# str.join: empty, one and many items, separators of 0, 1 and more chars (Latin-1 and not), str subclasses,
# generators and dicts as the iterable, and the TypeError for an item that is not a str
class S(str): pass
print("".join(["a", "b", "c"]), ",".join(["x"]), "-".join([]), "|".join(("é", "中", "😀", "z")))
print(", ".join(S(x) for x in "abc"), "".join(["only"]), repr("".join([""] * 5)), ".".join(["", "", ""]))
print("".join({"k": 1, "j": 2}), "ab".join("xyz"), "".join(iter(["p", "q"])))
for bad in (["a", 1], ["a", b"b"], [None], ("x", "y", 3.5)):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
print(len("ab".join(["x" * 1000] * 1000)))
print(" → ".join(["a", "b"]), "::".join("xyz"), "é".join(["1", "2", "3"]), "".join(["ab", "😀", "c"]))
print("x".join([S("p"), "q", S("")]), type("".join([S("solo")])).__name__, type(",".join([S("solo")])).__name__)
