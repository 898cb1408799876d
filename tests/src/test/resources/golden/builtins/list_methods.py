# list methods.
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend("ab")
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
print(l)
l.remove("a")
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(2), l.count(1), [1, 1, 2].count(1), l.index(5, 2))
l2 = [4, 1, 3]
l2.sort()
l2.reverse()
print(l2)
cp = l2.copy()
cp.append(0)
print(l2, cp)
cp.clear()
print(cp)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(5)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, [1, 2] * 0)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
nums = list(range(10))
nums[2:5] = []
nums[::3] = ["x", "y", "z"]
print(nums)
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2] < [1, 2, 3], [] or "empty")
a = [1, 2]
a += (3, 4)
print(a)
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)
print(list.__name__, len([None] * 5), [None] * 2)
