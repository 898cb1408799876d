# int and float subclass instances mixed with int and float in comparisons and arithmetic (both operand orders)
class F(int): pass
class G(float): pass
a = F(6)
print(a == 6.0, 6.0 == a, a < 6.5, 6.5 > a, a + 0.5, 0.5 + a, a * 1.5, G(2.0) == 2, 2 == G(2.0), G(2.5) + F(1), F(1) + G(2.5), a == F(6), F(3) < 4)
print(a.__eq__(6.0), (6.0).__eq__(a), F(7) // 2.0, 7.0 % F(4), divmod(F(7), 2.0), F(2) ** 0.5)
print(a == 6.0, 6.0 == a, a != 6.0, a <= 6.0, a >= 7.0, 6.5 > a, G(1.5) < F(2), F(2) > G(1.5), G(2.0) == F(2), float.__gt__(6.5, a), float.__eq__(2.0, G(2.0)))
print(2**64 == float(2**64), F(2**64) == float(2**64), F(2**64 + 1) == float(2**64), 1e300 > F(10**301))
