# Miscellaneous str behaviour: immutability, iteration, multiplication, comparison.
s = "hello"
print(list(s), tuple(s), len(s), s * 3, s + "!", s[0] + s[-1])
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
print(sorted(s), "".join(sorted(s)), "".join(reversed(s)), s[::-1] == "".join(reversed(s)))
print(min(s), max(s), s.count("l"), {c: s.count(c) for c in s})
print("abc" < "abd" < "b", "Apple" < "apple", "a" * 0 == "")
print(str(123), str(1.5), str(None), str(True), str([1, "a"]), str({"k": (1,)}))
print("Hello, {}! You are {} years old.".format("Ann", 30))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
print("a" "b" == "ab", "ab" != None, str is type("x"))
text = "one two three two one"
seen = []
for w in text.split():
    if w not in seen:
        seen.append(w)
print(seen)
print(str.upper("x"), str.join(",", ["a", "b"]), "".join([]))
print(ord("A"), chr(97), [chr(c) for c in range(65, 70)])
print("abc".translate({97: "A", 98: None}), "hello".maketrans("el", "ip") == {101: 105, 108: 112})
print("hello".translate(str.maketrans("el", "ip")))
