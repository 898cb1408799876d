# sys.float_info, sys.int_info and sys.hash_info: struct sequences with CPython's
# fields and x86-64 Linux values (Python/sysmodule.c, Objects/floatobject.c, longobject.c).
import sys

for info in (sys.float_info, sys.int_info, sys.hash_info):
    print(info)
    print(type(info).__name__, type(info).__module__, len(info), isinstance(info, tuple))
    print(type(info).n_fields, type(info).n_sequence_fields, type(info).n_unnamed_fields)

fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max == 1.7976931348623157e+308, fi[0] is fi.max, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max_exp, fi.max_10_exp, fi.min_exp, fi.min_10_exp)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm)
print(hash(float('inf')) == hi.inf, hash(float('-inf')) == -hi.inf, hash(2 ** 61 - 1) == 0, hash(hi.modulus + 5) == 5)
print(hash(0.5) == (hi.modulus + 1) // 2)
max_, *rest = sys.float_info
print(max_, len(rest))
try:
    fi.max = 1.0
except AttributeError as e:
    print("AttributeError")
