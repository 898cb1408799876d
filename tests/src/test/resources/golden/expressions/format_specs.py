# Format specification mini-language.
print(f"[{'left':<10}] [{'right':>10}] [{'mid':^10}] [{'fill':*^11}]")
print(f"[{42:>6}] [{42:<6}] [{42:^6}] [{42:06}] [{-42:06}] [{42:+}] [{42: }]")
print(f"{3.14159:.3f} {3.14159:.0f} {2.5:.0f} {1234567.891:,.2f} {1234567:,}")
print(f"{3.14159:08.2f} {-3.14159:08.2f} {3.14159:+.2f} {0.5:.1%} {1234.5:e}")
print(f"{255:x} {255:X} {255:o} {5:b} {255:#x} {5:#b} {8:#o} {255:08b}")
print(f"{1000000:_} {0xdeadbeef:_x} {12345.678:_.1f}")
print(f"{1.5e-7:g} {1.5e16:g} {123.456:g} {100000:g} {1e6:g} {0.0001:g}")
print(f"{12.0:.2e} {12345.6789:.3g} {0.000123:.2g}")
width, prec = 12, 4
print(f"[{3.14159265:{width}.{prec}f}] [{'x':{width}}] [{'y':>{width // 2}}]")
fill = "-"
print(f"[{'z':{fill}<6}]")
print(f"{'abc':.2} {'abcdef':>8.3}")
print(f"{True:>6} {None!s:>6} {[1, 2]!s:>8}")
print(format(3.5, ".2f"), format(10, "b"), format("s", ">3"), format(7))
print("{:>8.3f}|{:<5d}|{:^7s}".format(2.71828, 42, "ab"))
print(f"{-0.0:.1f} {float('inf'):.2f} {float('nan'):>5}")
print(f"{65:c} {1234:=+8} {-5:=8}")
print(f"{12345678901234567890:,}")
print(f"{0.1 + 0.2:.17f} {2/3:.10f}")
print(f"{10:#010x} {-10:x}")
for v in (1, 22, 333):
    print(f"|{v:>5}|{v * 1.5:>8.2f}|{str(v):<4}|")
