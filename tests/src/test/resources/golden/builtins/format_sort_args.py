# format() of an int with a code for neither ints nor floats, and the reverse= argument of sorted()/list.sort,
# converted first as CPython 3.11's Argument Clinic converts it (int or __index__, C int range).
for v, spec in [(1, 'q'), (True, 'q'), (1, 'f'), (1, '%'), (1, 'e'), (2**70, 'g'), (1.5, 'd'), (1, 'n'), (1, 's'), (1.0, 'q'), (True, 'd'), (7, 'c')]:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for rev in [None, 1.5, 2**40, "x", -3, True]:
    try:
        print(sorted([1, 2], reverse=rev))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        l = [3, 1]; l.sort(reverse=rev, key=5); print(l)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 1
print(sorted([1, 2], reverse=I()))
