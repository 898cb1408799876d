# Collecting a range no memory holds: CPython's OverflowError past ssize_t (its length hint) and MemoryError below,
# at once instead of collecting until the heap runs out.
for c in ['len(range(2**100))', 'range(2**100)[5]', 'list(range(2**100))', 'tuple(range(2**100))', 'list(reversed(range(2**100)))', 'sorted(range(2**100))']:
    try:
        print(c, "->", repr(eval(c))[:30])
    except BaseException as e:
        print(c, "->", type(e).__name__, e)
for c in ['list(range(2**40))', 'tuple(range(0, 2**41, 2))', 'list(range(5))', 'list(reversed(range(3)))', 'sorted(range(3, 0, -1))']:
    try:
        print(c, "->", repr(eval(c))[:30])
    except BaseException as e:
        print(c, "->", type(e).__name__, repr(e.args))
