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
    everyday(2)
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


def everyday(n):
    """The builtin types and library modules that most programs and the library's own modules use early: a type's
    builtins (its factories and nodes) are made when a program first touches the type, and their classes then come
    from the cache instead of being read from the jar and verified (sets, dict views, bytearray, super, generators'
    methods: 560 classes, 30-80 ms, before this was here), and the lambdas of the library's Java modules."""
    import collections
    import functools
    import itertools
    import json
    import math
    import os
    import random
    import signal
    import socket
    import struct
    import subprocess
    import time
    total = int(math.sqrt(4) + math.floor(1.5) + random.random() + time.monotonic() * 0) + len(signal.Signals.__name__)
    total += len(socket.gethostname()) * 0 + len(subprocess.list2cmdline(["a", "b c"]))
    for i in range(n):
        s = {3, 1, 2, i}
        fs = frozenset("abc")
        s |= {4}
        s &= {1, 2, 3, 4, i}
        s -= {9}
        s ^= {5}
        s.add(7)
        s.discard(7)
        s.update([8])
        s.remove(8)
        both = (s | fs, s & fs, s - fs, s ^ fs, s <= fs, s.issubset(fs), fs.union(s), 3 in s, 3 in fs, sorted(s),
                s.copy(), s == fs, {x for x in s if x})
        total += len(both) + s.pop()
        d = {"a": i, "b": 2}
        views = (list(d.keys()), list(d.values()), list(d.items()), "a" in d.keys(), ("a", 1) in d.items(),
                 d.keys() & {"a"}, d.setdefault("c", 3), d.pop("c"), dict(d, x=1), d.copy(), {**d}, len(d.items()))
        for k, v in d.items():
            total += len(k) + v
        total += len(views) + sum(d.values())
        ba = bytearray(b"abc")
        ba.append(100)
        ba.extend(b"ef")
        ba[0] = 65
        data = (bytes(ba), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"abc".decode(), "\u00e9".encode(),
                b"ab".hex(), bytes.fromhex("6162"), b"ab" + b"c", b"abc"[1:], b"abc".startswith(b"a"), ba.decode(),
                b"%d" % i, bytes(3), b"x" * 2, b"abc".find(b"c"), b" a ".strip(), ba[1:3], bytes(ba) == b"Abcdef")
        total += len(data)

        def g():
            x = yield 1
            yield x

        gen = g()
        next(gen)
        total += gen.send(2)
        gen.close()

        class Base:
            def __init__(self, v):
                self.v = v

            @property
            def prop(self):
                return self.v

            @staticmethod
            def sm():
                return 1

            @classmethod
            def cm(cls):
                return cls.__name__

        class Child(Base):
            def __init__(self, v):
                super().__init__(v)

        c = Child(i)
        bound = c.__init__
        total += c.prop + c.sm() + len(c.cm()) + len(bound.__name__) + isinstance(c, Base) + issubclass(Child, Base)
        flags = (True & False, True | False, True ^ True, not i, bool(i), int(True), str(False), True + 1)
        total += len(flags)
        text = f"{i:>5}|{i / 3:.2f}|{'x'!r}"
        parts = (text.split("|"), "|".join(["a", "b"]), text.strip(), text.replace("|", "/"), text.startswith(" "),
                 text.find("|"), text.lower(), text.upper(), "a b".title(), "12".isdigit(), "%s-%r" % (i, "y"),
                 "{}:{}".format(i, 2), text.partition("|"), text.encode(), text.count(" "), text[::-1], ord("a"),
                 chr(98), str(i).zfill(4), "ab".center(6, "*"), " x ".lstrip(), "x".join("abc"), text.rsplit("|", 1))
        total += len(parts)
        od = collections.OrderedDict(a=1)
        dd = collections.defaultdict(list)
        dd["k"].append(i)
        dq = collections.deque([1, 2], maxlen=5)
        dq.appendleft(0)
        Pt = collections.namedtuple("Pt", "x y")
        counter = collections.Counter("abca")
        total += len(od) + len(dd["k"]) + dq.popleft() + Pt(1, 2).y + counter.most_common(1)[0][1]
        total += functools.reduce(lambda a, b: a + b, [1, 2, 3]) + functools.partial(max, 1)(2)
        total += sum(itertools.islice(itertools.chain([1], [2, 3]), 2)) + len(list(itertools.product("ab", repeat=2)))
        total += len(os.path.join("a", "b")) + len(os.getcwd()) + len(os.environ.get("HOME", ""))
        total += len(json.loads(json.dumps({"a": [1, 2.5, None, True, "s"]}))) + struct.unpack("<i", struct.pack("<i", i))[0]
        it = (list(zip("ab", range(2))), list(map(str, range(3))), list(enumerate("ab")), list(reversed([1, 2])),
              list(filter(None, [0, 1])), min(3, 4), max([1, 5]), abs(-i), divmod(i, 3), pow(2, 5), round(2.5),
              any([0, 1]), all([1]), hash("x") != 0, id(s) > 0, repr(1.5), hex(i), sum([0.5, 1]))
        total += len(it)
        try:
            raise ValueError("v")
        except (ValueError, TypeError) as e:
            total += len(str(e))
        try:
            {}["missing"]
        except KeyError:
            total += 1
        with open(os.devnull, "w") as f:
            f.write("x")
    for t in (set, frozenset, bytearray, bytes, bool, dict, list, tuple, str, int, float, type, object, range, slice,
              property, staticmethod, classmethod, super, type({}.keys()), type({}.values()), type({}.items()),
              type(gen), type(bound), type(g), BaseException, Exception, ValueError, KeyError, OSError, StopIteration):
        total += len(vars(t))
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
