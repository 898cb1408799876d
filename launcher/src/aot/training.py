# The AOT cache's training run (launcher/build-runtime): the JVM records which classes a typical short program
# loads and links, and the cache then has them ready at every start-up.
# Start-up itself (the interpreter's bootstrap and the builtins) is most of what it should cover; everything it
# touches is loaded up front at each start, used or not. With --train-compiler SECONDS (the build passes it) it
# first keeps the Truffle compiler busy, so that the compiler's classes are in the cache too.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


def main(argv):
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    pts = [Point(i, i * 2.5) for i in range(10)]
    total = sum(p.x for p in pts)
    try:
        int("x")
    except ValueError as e:
        msg = str(e)
    print("hello world", len(argv), total, sorted(counts)[:2], pts[1], msg, "%d-%s" % (1, "a"))
    # re: its module and the regular-expression engine (TRegex) start from the cache too
    import re
    m = re.search(r"(?P<user>\w+)@(\w+)\.com", "mail joe@example.com now")
    print(m.group("user"), m.span(), re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"),
          re.split(r"[,;]\s*", "x, y;z"), re.match(rb"[a-z]+", b"abc1").end(), re.fullmatch(r"(?i)AB+", "abbb") is not None)
    return 0


def exercise(n):
    """A mix of what programs do in their hot loops (calls, arithmetic, attributes, containers, strings,
    comprehensions, sorting, exceptions, generators, closures), n iterations."""
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    def gen(m):
        for i in range(m):
            if i % 3:
                yield i * 2

    def adder(k):
        def add(v):
            return v + k
        return add

    total = 0
    x = 0.5
    for i in range(n):
        total += fib(10) + i % 7
        x = x * 1.0001 + 0.5 / (i + 1)
        p = Point(i, x)
        total += p.x + len(repr(p)) if i % 50 == 0 else p.x
        d = {"a": i, "b": str(i)}
        d[str(i % 10)] = d.get("a", 0) + 1
        total += len(d) + len(",".join([d["b"], "x"]).split(","))
        total += sum(v for v in gen(20)) + sum([v * v for v in range(10) if v % 2])
        total += adder(i)(1)
        items = sorted([(k % 5, -k) for k in range(12)], key=lambda t: (t[0], t[1]))
        total += items[0][1]
        try:
            if i % 4 == 0:
                raise KeyError(i)
        except KeyError as e:
            total += len(e.args)
        s = f"{i}:{x:.3f}"
        total += len(s.upper()) + s.count("1")
    return total


def train_compiler(seconds):
    """Runs exercise() for about this long, so that Truffle compiles it again and again while the JVM records the
    profiles of the Graal compiler's own methods (JDK 25 AOT method profiling): with them in the cache, HotSpot
    compiles the compiler early in every run, and the first Truffle compilations of a program finish sooner."""
    import time
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        exercise(2000)


if __name__ == "__main__":
    if "--train-compiler" in sys.argv:
        train_compiler(float(sys.argv[sys.argv.index("--train-compiler") + 1]))
    sys.exit(main(sys.argv))
