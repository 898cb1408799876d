# str.format with positional, keyword, index and attribute fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Eve", age=7))
print("{0[1]} {0[key]}".format({1: "one", "key": "val"}))
print("{0[2]}".format([10, 20, 30]))
class P:
    x = 5
    y = "why"
print("{p.x} {p.y}".format(p=P()))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{0:.2f} {0:e} {0:%}".format(0.125))
print("{:,} {:08.3f} {:x}".format(9876543, 3.14159, 3054))
print("{!r} {!s} {!a}".format("x", "y", "\u00e9"))
print("{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(2.718281, w=10, p=3))
print("{a}{b}".format(**{"a": 1, "b": 2}), "{}{}".format(*"xy"))
print("{0!r:>8}".format("s"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{:s}".format("plain"), "{:d}".format(True))
print(str.format("{}-{}", "a", "b"))
