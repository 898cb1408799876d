# Widths, precisions and field numbers of str.format and format() take any Unicode decimal digit (as CPython's
# get_integer); %-formatting takes ASCII digits only, and names an unsupported character by its code point.
print("{\u0661}".format("a", "b"))
print(repr(format(1, "\u0663d")), repr(format(1.5, ".\u0662f")), repr(format("ab", "\u0665")))
print("{:\u0663}|".format(7))
print("{0[\u0661]}".format(["x", "y"]))
print("{0[1]}".format({"1": "str key", 1: "int key"}))
for fmt in ["%\u0663d", "%.\u0663f", "%\x01", "%\x7f", "%\U0001F600d", "%\xe9", "%y"]:
    try:
        print(fmt % 1)
    except ValueError as e:
        print("ValueError", e)
for fmt in [b"%\x01", b"%y", b"%\xe9"]:
    try:
        print(fmt % 1)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, repr(str(e)))
