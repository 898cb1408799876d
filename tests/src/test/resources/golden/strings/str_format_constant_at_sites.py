# str.format with a format string that is the same object at each call (a literal), once and in a hot loop:
# automatic and manual numbering, conversions, specs, escaped braces, values of many types (a __format__ of their
# own, str and int subclasses, bools, floats, None), too few arguments, keyword arguments beside positional
# fields, and the formats the fast path leaves to the general one (named fields, attributes, indexes, nested specs,
# malformed strings).

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __str__(self):
        return "money"

    def __repr__(self):
        return "Money()"


class S(str):
    def __format__(self, spec):
        return "S:" + spec


class I(int):
    def __str__(self):
        return "eye"


class F(float):
    def __str__(self):
        return "eff"


class T(str):
    def __str__(self):
        return "tee"


def run(i):
    out = []
    w = "w%d" % (i % 7)
    out.append("{}-{:>5}".format(i, w))
    out.append("{0}/{1}/{0}".format(i, w))
    out.append("{!r} {!s} {!a}".format(w, i, "é" + w))
    out.append("{{}} {} {{{}}}".format(i, w))
    out.append("{:08.3f}|{:x}|{:,}|{:^9}|{:+d}".format(i / 7, i, i * 1000, w, i))
    out.append("{} {} {} {} {}".format(True, None, 2.5, [i], (w,)))
    out.append("{} {:>8} {!s} {!r}".format(Money(i), Money(i), Money(i), Money(i)))
    out.append("{}|{:x}|{}".format(S("s"), S("t"), I(i)))
    out.append((format(I(i)), format(I(i), "x"), f"{F(i)}|{F(i):.1f}|{T('s')}|{T('s'):>3}", format(T("u")), "{}".format(F(1))))
    out.append("{0:{1}}|{name}|{0.real}|{1[0]}".format(i, "5", name=w))
    out.append("{} and {}".format(i, w, "extra", key="ignored"))
    out.append("plain text".format(1, 2))
    out.append("".format())
    return out


for line in run(3):
    print(line)

bad = [lambda: "{} {}".format(1), lambda: "{0} {2}".format(1, 2), lambda: "{} {0}".format(1, 2),
       lambda: "{0} {}".format(1, 2), lambda: "{".format(1), lambda: "}".format(1), lambda: "{!x}".format(1),
       lambda: "{!r".format(1), lambda: "{:d}".format("s"), lambda: "{:q}".format(1), lambda: "{x}".format(1),
       lambda: "{:>{}}".format(1), lambda: "{0!r:".format(1), lambda: "{a{b}".format(1), lambda: "{:,d}".format(1.5)]
for b in bad:
    try:
        print(b())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

total = 0
for i in range(3000):
    for s in run(i):
        total += len(s)
    total += len("{}:{}".format(i, i * 2)) + len("[{:>6.2f}]".format(i / 3))
    try:
        "{} {} {}".format(i, i)
    except IndexError:
        total += 1
print(total)
