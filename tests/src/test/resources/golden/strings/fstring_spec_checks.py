# f-strings with a literal format spec (parsed once per node) and with a computed one; the spec checks of
# Python/formatter_unicode.c: sign, z (3.11), # and grouping per presentation type, precision with ints, %c range;
# one-character strs from indexing and iteration.
x = 42
w = 7
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(f"w{x % 1000:03d}", f"{x:>8}", f"{x:<8}|", f"{x:^9}|", f"{x:=+8}", f"{x:x}", f"{x:#X}", f"{x:,}", f"{123456789:_}")
print(f"{3.14159:.2f}", f"{2.5:10.3e}", f"{'ab':*^7}", f"{x:{w}d}", f"{x:{w}.{w}}" if False else "", f"{C():abc}", f"{C():}", f"{x:}")
print(f"{'hi'!r:>6}", f"{'hé'!a}", f"{x!s:>4}", f"{1e300:,.1f}"[:20])
for s in ["{x:.}", "{x:zz}", "{'a':=5}", "{x:99999999999999999999999d}", "{1.5:.99999999999999999999f}", "{'s':d}"]:
    try:
        print(eval("f" + repr(s)))
    except Exception as e:
        print(type(e).__name__, e)
print(list("aé€😀b"), "héllo"[1], "😀x"[1], "abc"[-1] == "abc"[2])
print(format(5, '08,d'), format(-5, '08,d'), format(1234.5, '012,.1f'), f"{-42:08}", f"{x:c}", f"{True:d}")
for v, s in [('a','+'),('a','-'),('a',' '),('a','#'),('a',','),('a','=5'),('a','z#'),(5,'+c'),(5,'z,'),(-0.0,'z'),(-0.0,'ze'),(-0.0001,'z.2%'),(-0.0,'z10.1e'),(-1e-9,'z.3g'),(float('nan'),'z'),
             (5,'.2'),(5,'.2d'),(5,'c'),(1114112,'c'),(-1,'c'),(5,',x'),(5,'_x'),(65536,'_x'),(1.5,',x'),(1.5,'_b'),('a','_'),(True,','),(42,'zz'),(42,'z'),(42,'zd'),(-0.0,'z.1f'),(-0.0,'.1f'),(-0.001,'z.1f'),(1.5,'z'),('a','z'),(42,'q'),(42,'dd'),(1.5,'ff'),
             (-0.004, 'z.2f'), (-0.004, 'z+.2f'), (-0.004, 'z08.2f'), (1234567, '_d'), (1234567, ',.2f'), (-0.0, 'z%'), (12, '#x'), (12, '+#o'), ('abc', '.2'), (3, '-'), ('x', '<5'), (7, 'n')]:
    try:
        print(repr(format(v, s)), repr(f"{v:{s}}"))
    except Exception as e:
        print(type(e).__name__, e)
