# range() made in compiled code for 1-3 ints that fit longs, the generic path for the rest (errors, __index__, bool,
# big ints); nested for loops over ranges count without an iterator
def f(n):
    t = 0
    for i in range(n):
        for j in range(i, n, 3):
            t += j
        for k in range(n, i, -2):
            t -= k
    return t
print([f(n) for n in (0, 1, 5, 17)])
for args in [(), (1, 2, 3, 4), (1.5,), (1, 2, 0), ('a',), (True,), (2**64,), (-5,), (10, 0, -3), (0, 2**63), (-2**63, 2**63 - 1, 2**62)]:
    try:
        r = range(*args)
        print(args, r, len(r) if len(args) and args[0] != 0 else r[-1] if len(r) else None, list(r)[:3] if len(r) < 100 else r[:3])
    except Exception as e:
        print(args, type(e).__name__, e)
class I:
    def __index__(self): return 4
print(list(range(I())), [x for x in range(3, I())])
