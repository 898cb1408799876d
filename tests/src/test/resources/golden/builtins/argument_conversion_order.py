# Which argument a builtin rejects first, as CPython's Argument Clinic converts them (all conversions before any
# semantic check), and what huge ints do where CPython clips them or takes them whole.
class M:
    def __getitem__(self, k):
        return k * 2
cases = [
    'b"ab".count(-1, 1.5)', 'b"ab".find(b"x", 1.5)', 'bytearray(b"ab").rindex(-1, None, 1.5)',
    'b"ab".hex("", 1.5)', 'b"ab".hex([])', 'b"ab".hex([1])', 'b"ab".hex(5)', 'b"ab".hex(":", 2**63)', 'b"abc".hex(":", 2)',
    'int("1", 2**63)', 'int("1", -2**63 - 5)', 'int("z", 36)',
    'str(0, "abc\\x00")', 'str(b"a", "utf-8", "x\\x00")', 'bytes("a", "abc\\x00")', '"a".encode("abc\\x00")', 'b"a".decode("utf-8", "\\x00")',
    'str(0, "utf-8")', 'str(b"a", "utf-8")',
    '"abc".endswith((), 1.5)', '"abc".startswith((), None, "x")', 'b"abc".endswith((), 1.5)', '"abc".startswith(("a",), 0, None)',
    '"a\\nb".splitlines(1.5)', '"a\\nb".splitlines(2**31)', '"a\\nb".splitlines(True)', 'b"a\\nb".splitlines(None)', 'b"a\\nb".splitlines(2)',
    'round(0, 2**63)', 'round(123, 2**70)', '(7).__round__(2**63)', '(7).__round__(None)', 'round(7, None)',
    'round(1.5, 2**70)', 'round(1.5, -2**70)', '(2.5).__round__(None)', 'round(10**50 + 5, -1)', 'round(5 * 10**40, -41)', 'round(15 * 10**40, -41)',
    'ba.__setitem__(2**31, 1.5)', 'ba.__setitem__(2**31, 2**63)', 'ba.__setitem__(5, 256)',
    '[1].index(1, None)', '(1,).index(1, 0, None)', '[1].index(1, 1.5)', '"a".index("a", None)', '[1, 2].index(2, -1)',
    '"abc" % b""', '"abc" % [1]', '"abc" % {}', '"%(a)s %(b)s" % M()', '"abc" % 5',
    'str.maketrans("", "x", -1)', 'str.maketrans("a", "xy", "z")',
    'int.from_bytes(0, "")', 'int.from_bytes(b"\\x01", 5)', '(5).to_bytes(-1, 0)', '(5).to_bytes(-1, "x")', '(5).to_bytes(2, "little")',
]
ba = bytearray(b"xyz")
for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
