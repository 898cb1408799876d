# len() and other builtins run inline at call sites (subclasses overriding __len__, rebinding the name, errors),
# range lengths near the long limits, str.replace with and without a count
import sys
class L(list):
    def __len__(self): return 99
print(len("abc"), len("a\U0001F600b"), len([1, 2]), len((1,)), len({1: 2}), len(L([1])), len(range(5)))
for x in ["ab", [1], (), {}]:
    print(len(x))
try:
    len(5)
except TypeError as e:
    print(e)
def f():
    return len(7)
try:
    f()
except TypeError as e:
    print('f:', e, e.__traceback__.tb_next.tb_lineno)
print(ord("a"), abs(-3), isinstance(1, int), hash(5), callable(len))
len = lambda x: 42
print(len("abc"))
del len
print(len("abcd"))
print(list(range(0, 10, 3)), list(range(10, 0, -3)), len(range(5, -5, -2)), list(range(3, 3)))
print(len(range(0, 2**63 - 1, 2**62)), list(range(-5, 5, 2**63 - 1)), list(range(2**63 - 1, -2**63, -2**63 + 1)), len(range(-2**62, 2**62, 3)))
class T(tuple):
    def __len__(self): return 7
class D(dict):
    def __len__(self): return 8
print(len(T()), len(D()), len(T((1, 2))) if False else 0)
print("a.b.c".replace(".", ""), "aaa".replace("a", "bb", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "abab".replace("ab", "c", -1))
print("abc".replace("b", "", 0))
