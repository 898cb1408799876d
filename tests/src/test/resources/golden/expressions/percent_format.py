# printf-style % formatting of strings.
print("%s and %s" % ("one", "two"))
print("%d items, %5d padded, %-5d| left, %05d zero" % (3, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %g" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.00001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s %a" % ("q", "q", "\u00e9"))
print("%c%c" % (72, "i"))
print("100%% sure, %s" % "yes")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%s" % [1, 2], "%s" % (("tuple",),), "%s" % None)
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|" % (6, 7, 4, 8))
print("%.3s" % "abcdef")
print("%i" % 3.99, "%d" % -2.5)
print(b"%s-%d" % (b"x", 5))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
