# the Mersenne Twister under random (Java since 2026-12-02): getrandbits of every width, state round trips, every seed type
import random
r = random.Random(12345)
print([r.getrandbits(k) for k in (1, 5, 31, 32, 33, 40, 63, 64, 65, 100, 128, 1000)])
st = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)], len(st), st[-1], st[:3])
r2 = random.Random()
r2.setstate(st)
print(r2.random(), r.random())
for seed in (0, 1, 2**32, 2**32 - 1, 2**64 + 7, -5, 10**40, "abc", b"xyz", 1.5):
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(70), r.randrange(10**30))
r.seed(99, version=1)
print(r.random())
print(random.Random(7).choices(range(100), k=5), random.Random(7).sample(range(1000), 4), random.Random(3).gauss(0, 1))
import _random
print(_random.Random(5).random(), _random.Random(5).getrandbits(0))
class R(random.Random):
    def random(self):
        return 0.5
print(R(1).randrange(100), R(1).choice("abc"))
for _ in range(1000): r.random()
print(r.getstate()[-1], r.getstate()[100])
