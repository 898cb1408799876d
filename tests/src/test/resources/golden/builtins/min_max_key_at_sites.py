# min() and max() with a key function, once and in a hot loop: ties (the first of equal keys wins), int, float, str,
# tuple and mixed keys, NaN keys, several positional arguments, defaults, empty iterables, generators and other
# iterables, a key that raises or is not callable, keys that cannot be compared, and a list changed by its key.

def run():
    out = []
    words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
    out.append((min(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]), max(words, key=str.upper)))
    out.append((min([3, -4, 2, 4], key=abs), max([3, -4, 2, 4], key=abs), max(range(10), key=lambda v: v % 4)))
    out.append((min([1.5, -2.5, 0.5], key=lambda x: x * x), max("hello", key=ord), min((1, 2), (0, 9), key=sum)))
    out.append((min(3, 1, 2, key=lambda v: -v), max("a", "bb", "c", key=len), min([[2, 1], [1, 5], [1, 2]], key=lambda p: (p[0], -p[1]))))
    nan = float("nan")
    out.append((min([1.0, nan, 0.5], key=lambda v: v), max([nan, 1.0, 2.0], key=lambda v: v), min([2, 1.5, True], key=lambda v: v)))
    out.append((min([], key=len, default="empty"), max((x for x in ()), key=abs, default=None), min({3: 0, 1: 0}, key=lambda k: -k)))
    out.append((max({"b", "a"}, key=ord), min(iter([5, 3, 4]), key=lambda v: v), max((i * i % 7 for i in range(9)), key=lambda v: v)))
    out.append((min([10, 20, 30], key=lambda v: 1), max([10, 20, 30], key=lambda v: 1), min([10**20, 5, 10**19], key=lambda v: v)))
    out.append((min([1, 2, 3], key=None), max([1, 2, 3], key=None, default=0)))

    def bad_key(v):
        if v == 2:
            raise KeyError(v)
        return v

    def stop_key(v):
        raise StopIteration

    for f in (lambda: min([], key=len), lambda: max(key=len), lambda: min(1, key=abs), lambda: max([1, 2], key=3),
              lambda: min([1, 2, 3], key=bad_key), lambda: max([1, "a"], key=lambda v: v),
              lambda: min(1, 2, key=abs, default=0), lambda: min([1, 2], key=stop_key),
              lambda: max([object(), object()], key=lambda v: v), lambda: min([1, 2], key=lambda v, w: v),
              lambda: max([1, 2], len), lambda: min([1], key=abs, extra=1)):
        try:
            out.append(f())
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")

    items = [5, 1, 4]
    def growing(v):
        if len(items) < 6:
            items.append(v - 10)
        return v
    out.append((min(items, key=growing), items))

    class K:
        def __init__(self, v):
            self.v = v
        def __lt__(self, other):
            return self.v < other.v
        def __gt__(self, other):
            return self.v > other.v
    out.append((min([3, 1, 2], key=K), max([3, 1, 2], key=K)))
    return out


for line in run():
    print(line)

total = 0
words = ["w%d" % (i * 7 % 101) for i in range(200)]
nums = [(i * 37) % 1009 - 500 for i in range(300)]
for rep in range(2000):
    total += len(min(words, key=len)) + len(max(words, key=lambda w: w[1:]))
    total += min(nums, key=abs) + max(nums, key=lambda v: -v) + min(3, 1, 2, key=lambda v: (v - rep) % 5)
    total += max((v % 17 for v in nums[:20]), key=lambda v: v)
print(total, run()[:4] == run()[:4])
