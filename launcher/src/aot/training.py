# The AOT cache's training run (launcher/build-runtime): the JVM records which classes a typical short program
# loads and links, and their methods' profiles, and the cache then has them ready at every start-up.
# Keep it short and ordinary: start-up itself (the interpreter's bootstrap and the builtins) is most of what
# it should cover; everything it touches is loaded up front at each start, used or not.
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
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
