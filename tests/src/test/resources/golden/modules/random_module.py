# random: CPython's random.py on auditpy's _random (the Mersenne Twister of Modules/_randommodule.c) and _sha512:
# a seed gives the numbers CPython gives, for int, negative int, float, str and bytes seeds, and the state
# round-trips.
import random

for seed in (0, 1, 42, -42, 2**100 + 7, 3.25, "hello", b"bytes", bytearray(b"ba")):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.getrandbits(70))

r = random.Random(12345)
print([r.random() for _ in range(3)])
print(r.randrange(10), r.randrange(0, 100, 7), r.uniform(1.0, 2.0), r.choice("abcdefg"))
print(r.sample(range(100), 5), r.choices("xyz", k=6), r.choices(range(5), weights=[1, 0, 0, 5, 1], k=4))
items = list(range(10))
r.shuffle(items)
print(items)
print(r.gauss(0, 1), r.normalvariate(10, 2), r.expovariate(1.5), r.triangular(0, 10, 3))
print(r.betavariate(2, 3), r.gammavariate(2.5, 1.0), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2))
print(r.paretovariate(3), r.weibullvariate(1, 1.5), r.randbytes(8).hex(), r.getrandbits(0), r.getrandbits(32))

state = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(state)
b = [r.random() for _ in range(700)]
print(a == b, len(state), state[0], len(state[1]), state[1][-1])

r2 = random.Random()
r2.seed(7)
r3 = random.Random(7)
print(r2.random() == r3.random())
print(len({random.Random().random() for _ in range(5)}))

for bad in (lambda: random.Random().getrandbits(-1), lambda: r.setstate((3, (1,) * 10, None)),
            lambda: r.setstate((3, tuple([0] * 624 + [700]), None)), lambda: r.randrange(0),
            lambda: r.choice([]), lambda: r.sample([1, 2], 3), lambda: random.Random([1, 2])):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)


class MyRandom(random.Random):
    def random(self):
        return 0.5


print(MyRandom(1).choice([1, 2, 3]), MyRandom().random())
print(random.Random.__mro__[1].__module__, random.Random.__mro__[1].__name__)
