# printf-style str % args with a literal format string, once and in a hot loop: %s %d %i %u %r %a %c %x %o %e %f %g
# with flags, widths and precisions, %% escapes, a single operand or a tuple, operands of many types (str and int
# subclasses, bools, floats, None, tuples, dicts, objects with __str__/__repr__/__index__), wrong operand counts and
# types, and the formats the fast path leaves to the general one (mapping keys, * widths, malformed strings).

class Named:
    def __str__(self):
        return "named"

    def __repr__(self):
        return "Named()"


class Idx:
    def __index__(self):
        return 65

    def __int__(self):
        return 7


class S(str):
    def __str__(self):
        return "ess"


class I(int):
    def __str__(self):
        return "eye"


def run(i):
    out = []
    w = "w%d" % (i % 7)
    out.append("%d-%5s|%-6s|%s" % (i, w, w, i))
    out.append("%d" % i + "%s" % w + "%s" % (w,) + "%i|%u" % (i, -i))
    out.append("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (i, i, -i, i, i, i * 255, i * 255, i, i, i))
    out.append("%.2f|%8.3f|%-8.1f|%e|%g|%G|%.3s|%10.2s|%%|%c%c" % (i / 7, -i / 3, i / 2, i * 1e10, i / 9, 1e-20, w, w, 65 + i % 26, "z"))
    out.append("%r|%a|%s|%r" % (w, "é" + w, Named(), Named()))
    out.append("%s %s %s %s %s" % (True, None, 2.5, [i], {"k": i}))
    out.append("%s" % ((i, w),) + "%s" % [i] + "%s" % {"a": 1})
    out.append("%s|%d|%s|%d|%x|%c" % (S("s"), I(i), I(i), True, Idx(), Idx()))
    out.append("%(a)s-%(b)d" % {"a": w, "b": i} + "%*d|%-*s|%.*f" % (5, i, 4, "ab", 2, 1.5))
    out.append("no conversions" % () + "%%" % ())
    return out


for line in run(3):
    print(line)

bad = [lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%d" % "x", lambda: "%s %s" % "ab",
       lambda: "%z" % 1, lambda: "%" % 1, lambda: "%d" % None, lambda: "%c" % "ab", lambda: "%c" % -1,
       lambda: "no" % 1, lambda: "%s" % (), lambda: "%(a)s" % 1, lambda: "%x" % 1.5, lambda: "%.2f" % "x"]
for b in bad:
    try:
        print(b())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

total = 0
for i in range(3000):
    for s in run(i):
        total += len(s)
    total += len("%d:%d" % (i, i * 2)) + len("[%6.2f]" % (i / 3)) + len("%s" % i) + len("%5s|" % "ab")
    try:
        "%d %d" % (i,)
    except TypeError:
        total += 1
print(total)
