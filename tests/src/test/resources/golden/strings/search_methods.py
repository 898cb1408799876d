# find, rfind, index, rindex, count, replace, in.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.rfind("dog"), s.find("at", 6), s.find("at", 6, 9))
print(s.index("sat"), s.rindex("the"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.replace("at", "og"), s.replace("at", "og", 1), s.replace("", "-")[:10])
print("aaa".replace("a", "bb"), "abc".replace("x", "y"), "a.b.c".replace(".", ""))
print("cat" in s, "dog" not in s, "" in s)
print(s.find(""), s.rfind(""), "abc".find("c", -1), "abc".find("a", -1))
print("mississippi".count("ss"), "mississippi".count("i", 5), "mississippi".rfind("ss"))
print("x".join("abc").find("b"), "hello"[::-1].find("l"))
print("abcabc".index("c", 3), "abcabc".rindex("a", 0, 4))
print("tic-tac-toe".removeprefix("tic-"), "file.py".removesuffix(".py"), "x".removeprefix("y"))
