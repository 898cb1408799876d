# Augmented assignment on names, attributes and subscripts.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
k = 6
k &= 3; k |= 8; k ^= 1; k <<= 2; k >>= 1
print(k)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
alias_t = tup
tup += (2,)
print(tup, alias_t, tup is alias_t)
class C:
    count = 0
    def __init__(self):
        self.total = 1
c = C()
c.total += 9
c.count += 1
C.count += 100
print(c.total, c.count, C.count)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", []).append(1)
d["b"] += [2]
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
calls = []
def key():
    calls.append("key")
    return "a"
def container():
    calls.append("container")
    return d
container()[key()] *= 2
print(d["a"], calls)
st = {1, 2}
st |= {3}
st -= {1}
print(sorted(st))
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
