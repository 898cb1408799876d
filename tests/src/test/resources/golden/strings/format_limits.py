# Limits of format strings and format specs, as CPython checks them: huge field numbers, widths and precisions give
# CPython's ValueError/OverflowError/MemoryError; a float precision past a double's exact digits only adds zeros; the
# 'g' and no-type presentations with '#' and a precision.
cases = [
    '"{99999999999999999999}".format(1)',
    '"{2147483648}".format(1)',
    '"{0[99999999999999999999]}".format([1])',
    '"%99999999999999999999d" % 1',
    '"%.2147483648f" % 1.0',
    '"%.*f" % (2**31, 1.0)',
    '"%.3000000000s" % "ab"',
    '"%.*s" % (2**40, "ab")',
    '"%.*s" % (-1, "ab")',
    '"%.*f" % (-3, 1.5)',
    '"%*s" % (-4, "ab")',
    '"%.*s" % ("x", "ab")',
    'b"%99999999999999999999d" % 1',
    'b"%.99999999999999999999d" % 1',
    'b"%.*s" % (-1, b"ab")',
    'b"%*s" % ("x", b"ab")',
    'len(format(1.5, ".2000f"))',
    'format(1.5, ".2147483648f")',
    'format(1, ".2147483648f")',
    'format("s", ".2147483648")',
    'len(format(1.5, ".5000e"))',
    'format(1.5, ".5000g")',
    'format(1.5, "#.30g")',
    'format(1.5, "#.3g")',
    'format(1e20, "#.30g")',
    'format(1.0, ".5")',
    'format(1e5, ".5")',
    'format(123.0, ".2")',
    'format(1.5, "#.0e")',
    'format(0.0, "#.3g")',
    'format(0.0, ".3")',
    'format(1e-5, "#.3g")',
    'format(9.99, ".2g")',
    'format(9.99, "#.2g")',
    'format(0.0001234, ".3")',
    'format(1e16, "")',
    'format(1e16, ".17")',
    'format(-0.0, ".3")',
    'format(12345.678, ".800g")[:30]',
    'format(2.5, ".0")',
    'format(1.5, "#.0f")',
    'format(1e100, ".3g")',
    'format(1e100, "#.3G")',
]

for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
