# list.index from a start (int lists compared unboxed) and slice assignment of as many items as it replaces
L = list(range(10)) * 3
print(L.index(3), L.index(3, 4), L.index(3, -8), L.index(True, 2), L.index(2.0, 5), L.index(9, 0, 10))
for args in [(3, 4, 13), (3, 25), (11,), ("x",), (3, 100)]:
    try:
        print(L.index(*args))
    except ValueError as e:
        print("ValueError", e)
class Eq:
    def __eq__(self, o): return o == 7
print(L.index(Eq()), ["a", 1, 2.5].index(2.5), [1, "a"].index("a", 1))
M = list(range(10))
M[2:3] = [20]
M[5:7] = ["x", "y"]
M[0:0] = []
M[8:10] = (80, 90)
print(M)
M[1:2] = [1, 1]
M[3:5] = []
M[::2] = [0] * len(M[::2])
print(M)
N = [1.5, 2.5]
N[0:1] = [7]
print(N, N.index(7), N.index(2.5))
