# NaN and identity in containers whose floats or ints are stored unboxed (a new box at each read): membership,
# count, index, remove, ==, dict and set keys check identity before ==, as CPython's PyObject_RichCompareBool does
nan = float('nan')
print(nan in [nan], [nan].count(nan), [nan] == [nan], nan in [1.5, nan])
print([nan].index(nan)); l = [nan]; l.remove(nan); print(l)
fl = [nan, 2.5]
print(fl[0] in fl, fl.count(fl[0]), fl == fl, fl == [nan, 2.5], fl.index(fl[0]))
d = {nan: 1}; print(d[fl[0]] if fl[0] in d else "missing", nan in {nan}, fl[0] in {nan})
t = (nan, 1); print(nan in t, t.count(nan), t == (nan, 1), t.index(nan))
print([1, 2**40] == [1, 2**40], (2**40) in [1, 2**40], [2**40].count(2**40))
print({1: nan} == {1: nan}, [[nan]] == [[nan]], [x for x in fl if x is fl[0]])
big = [2**62, -5]; print(big[0] is big[0], big[1] is big[1], 2**62 in big)
s = "ab"; print(s[0] is s[0], "a" in ["a"], ["x" * 3].count("xxx"))
