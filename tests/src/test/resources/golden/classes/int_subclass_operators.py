# Operators between two instances of int subclasses (int's methods must accept a subclass instance as the other
# operand, not only as self).
class Flag(int):
    def __repr__(self):
        return "Flag(%d)" % int(self)


a, b = Flag(6), Flag(3)
for expr in ["a + b", "a - b", "a * b", "a // b", "a % b", "a / b", "a | b", "a & b", "a ^ b", "a << b", "a >> b",
             "a == Flag(6)", "a != b", "a < b", "a >= b", "a + 1", "1 + a", "divmod(a, b)", "a ** b", "-a", "~b",
             "max(a, b)", "sorted([a, b, Flag(1)])", "type(a | b).__name__", "hash(a) == hash(6)"]:
    print(expr, "->", repr(eval(expr)))
