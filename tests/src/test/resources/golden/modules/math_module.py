# The math module.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(0), math.exp(1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0))
print(round(math.sin(math.pi / 2), 12), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1) == math.pi / 4)
print(math.degrees(math.pi), math.radians(180) == math.pi, math.hypot(3, 4), math.copysign(3, -0.0))
print(math.isfinite(1.0), math.isinf(math.inf), math.isclose(0.1 + 0.2, 0.3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.remainder(10, 3))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(1e20), math.ceil(2 ** 70 + 0.0), math.sqrt(2 ** 100))
print(math.factorial(30), math.gcd(2 ** 64, 2 ** 40 * 3))
