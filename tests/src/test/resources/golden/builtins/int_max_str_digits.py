# CPython 3.11's limit on decimal int/str conversions (sys.set_int_max_str_digits): str/repr/format/%
# of an int and int() of a str beyond the limit raise ValueError; powers-of-two bases are not limited.
import sys

print(sys.get_int_max_str_digits())
print(len(str(-10 ** 4299)), len(str(int("-" + "9" * 4300))))
for conv in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ",")):
    try:
        conv(10 ** 4300)
    except ValueError as e:
        print("to str:", e)
for text in ("9" * 4301, "1_" * 4300 + "1", b"9" * 4301):
    try:
        print(len(str(int(text))))
    except ValueError as e:
        print("from str:", e)
print(len(hex(10 ** 5000)), int("f" * 5000, 16) > 0, len(bin(10 ** 5000)))
for bad in (5, 639, -1, 2 ** 40):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 5000)), len(str(int("7" * 6000))))
sys.set_int_max_str_digits(640)
try:
    print(10 ** 700)
except ValueError as e:
    print("print:", e)
print(len(str(10 ** 639)))
