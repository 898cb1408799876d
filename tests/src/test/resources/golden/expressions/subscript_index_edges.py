# Element access of lists (float, int and object storage) and tuples at the edges of the index range, read and
# written, and in compiled loops with negative indexes: the in-line index test of Expressions.GetItem and
# Variables.WriteSubscript (Sequences.position) against CPython's IndexError and OverflowError.
l = [1.0, 2.0, 3.0]
m = [1, 2, 3]
t = (4, 5, 6)
o = ["a", "b", "c"]
for seq in (l, m, t, o):
    for k in (0, -1, -3, 2, 3, -4, -2**63, 2**63 - 1, True, False):
        try:
            print(repr(seq[k]))
        except Exception as e:
            print(type(e).__name__, e)
    for k in (2**64, -2**64):
        try:
            print(seq[k])
        except Exception as e:
            print(type(e).__name__, e)
for seq in (l, m, o):
    for k in (-1, 3, -4, -2**63, True):
        try:
            seq[k] = seq[0]
            print(seq)
        except Exception as e:
            print(type(e).__name__, e)
def hot(seq, n):
    s = 0
    for i in range(n):
        s += seq[i % 3] + seq[-1 - i % 3]
    return s
for _ in range(3):
    print(hot(l, 100000), hot(m, 100000))
try:
    hot(l, 4) ; l[5]
except IndexError as e:
    print("IndexError", e)
