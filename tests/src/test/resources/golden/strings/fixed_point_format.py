# Fixed-point formatting and round() of floats: '.Nf' in f-strings, format(), str.format and %,
# and round(x, n), on halves, values stored just below or above a half, tiny and large values,
# negative zero, and many places; then the same in a hot loop, so that the compiled path runs.

values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 4.35, 0.045, 9.995, 99.995,
          3.141592653589793, -3.141592653589793, 1e-300, 5e-324, 2.0 ** -60, 123456789.123456789,
          1e15 + 0.5, 9.2e18, 1e19, 1e22, 1.7976931348623157e308, 0.1, 0.2, 0.30000000000000004,
          1 / 3, 2 / 3, -1e-7, 12345.6789]

for v in values:
    print(repr(v), f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", f"{v:.3f}", f"{v:f}", f"{v:.12f}", f"{v:.18f}")
    print("  ", format(v, ".2f"), "{:.4f}".format(v), "%.2f" % v, "%.0f" % v, "%10.3f|" % v, "%-10.1f|" % v)
    print("  ", f"{v:+.2f}", f"{v: .3f}", f"{v:z.1f}", f"{v:,.2f}", f"{v:_.3f}", f"{v:012.2f}", f"{v:#.0f}", f"{v:.2%}")
    print("  ", [round(v, n) for n in (0, 1, 2, 3, 6, 10, 15, 17, 18, 19, 25)], round(v, -1), round(v, -3))

big = 10.0 ** 17
print(f"{1.7976931348623157e308:#.0%}", f"{-1.7976931348623157e308:%}")
print(f"{big:.5f}", round(big + 0.0, 2), f"{1e-5:.20f}", f"{1e-5:.30f}", f"{2.5e-8:.8f}")
print(f"{float('nan'):.2f}", f"{float('inf'):.2f}", f"{float('-inf'):.3f}", round(float('inf'), 2))

# a hot loop: the compiled f-string and round()
total = 0
texts = set()
for i in range(60000):
    x = i / 7.0
    s = f"{x:.2f}"
    total += len(s)
    r = round(x, 3)
    if i % 6000 == 0:
        texts.add((s, r, "%.1f" % x, format(-x, ".4f")))
print(total)
for t in sorted(texts):
    print(t)
