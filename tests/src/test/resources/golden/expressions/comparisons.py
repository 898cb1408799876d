# Comparisons, chained comparisons, identity and membership.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 < 2 > 0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" < "ab")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print((1, 2) == (1, 2), [1, 2] == (1, 2), {"a": 1} == {"a": 1})
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {3} > {1})
print(None is None, None == None, [] is not None)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
print(2 in x, 5 in x, 5 not in x, "b" in "abc", "bc" in "abc", "ac" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 3 in range(5), 3 in range(0, 10, 2))
print(1 == True, 0 == False, 1.0 == True, "1" == 1)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > 0)
except TypeError as e:
    print("TypeError:", e)
print(float("inf") > 10 ** 400, -float("inf") < -(10 ** 400))
print(max(3, 1, 2) == 3 and min(3, 1, 2) == 1)
