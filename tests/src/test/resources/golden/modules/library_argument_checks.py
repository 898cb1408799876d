# The library's argument checks in CPython's order and words (their C implementations in CPython: _bisect,
# _stat, operator, math, collections.deque), where a Python version would fail later or differently.
import bisect
import collections
import fnmatch
import math
import operator
import stat
import textwrap


def t(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r)


class Index:
    def __index__(self):
        return 1


t("bisect dict", lambda: bisect.bisect({1: 2, 3: 4}, 1))
t("bisect dict hi", lambda: bisect.bisect_left({1: 2}, 1, 0, 1))
t("insort dict", lambda: bisect.insort({1: 2}, 1))
t("bisect str", lambda: bisect.bisect("abc", "b"))
t("length_hint huge default", lambda: operator.length_hint([], 2**70))
t("length_hint exhausted", lambda: operator.length_hint(iter([]), -1))
t("length_hint float default", lambda: operator.length_hint([], 1.5))
t("dist lengths first", lambda: math.dist([1.0], "ab"))
t("dist lengths first 2", lambda: math.dist("ab", [1]))
t("dist bad coordinate", lambda: math.dist([1, 2], (1, "a")))
t("dist dict", lambda: math.dist({1: 2}, [1]))
for v in [2**40, 2**64 - 1, 2**64, True, Index(), -1, 1.5, "a", 0o40755]:
    for f in [stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode, stat.S_ISDOOR]:
        t(f"{f.__name__}({v!r})" if not isinstance(v, Index) else f"{f.__name__}(Index())", lambda: f(v))
t("dedent int", lambda: textwrap.dedent(0))
t("dedent bytes", lambda: textwrap.dedent(b"  x"))
t("deque huge maxlen", lambda: collections.deque([1], maxlen=2**70))
t("deque negative huge maxlen", lambda: collections.deque([1], maxlen=-2**70))
t("deque float maxlen", lambda: collections.deque([1], maxlen=1.5))
t("deque negative maxlen", lambda: collections.deque([1], maxlen=-1))
t("deque maxlen", lambda: collections.deque([1, 2, 3], maxlen=2))
t("fnmatchcase int pattern", lambda: fnmatch.fnmatchcase("a", 1))
t("fnmatchcase int name", lambda: fnmatch.fnmatchcase(1, "a"))
t("fnmatchcase int name, bytes pattern", lambda: fnmatch.fnmatchcase(1, b"a"))
t("fnmatchcase bytes name", lambda: fnmatch.fnmatchcase(b"a", "a"))
t("fnmatchcase", lambda: fnmatch.fnmatchcase("abc", "a*"))
t("delitem huge", lambda: operator.delitem([1], 2**70))
for m in [0, 0o100644, 0o040755, 0o120777, 0o020000, 0o060000, 0o010000, 0o140000, 0o170000, 0o110000, 0o104755, 0o102644, 0o041777, 0o040776]:
    print(oct(m), stat.filemode(m))
