# int << count: MemoryError for a result too big to make, OverflowError 'too many digits in integer' past CPython's
# MAX_LONG_DIGITS, as long_lshift
for x, n in [(1, 10**20), (1, 2**63 - 1), (1, 2**63), (1, 2**62), (0, 10**20), (-1, 10**30), (5, 3), (1, -1)]:
    try:
        r = x << n
        print(x, n, r if r.bit_length() < 100 else r.bit_length())
    except Exception as e:
        print(x, n, type(e).__name__, e)
print(1 >> 10**20, -1 >> 10**20)
for n in (69 * 10**18 - 100, 69 * 10**18 + 100, 2**66):
    try:
        1 << n
    except Exception as e:
        print(n, type(e).__name__, e)
