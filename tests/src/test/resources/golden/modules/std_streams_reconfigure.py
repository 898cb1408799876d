# TextIOWrapper.reconfigure() on the standard streams, their encodings and errors, and encoding errors when printing
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.encoding, s.errors, s.line_buffering, s.write_through, repr(s))
sys.stdout.reconfigure(errors="surrogateescape")
print("escaped byte: a\udcffb")
sys.stdout.reconfigure(encoding="latin-1", errors="replace")
print(sys.stdout.encoding, sys.stdout.errors, repr(sys.stdout))
print("é € \udcff")
sys.stdout.reconfigure(errors="backslashreplace")
print("é € \udcff \U0001f600")
sys.stdout.reconfigure(encoding="ascii", errors="xmlcharrefreplace")
print("é € \U0001f600")
sys.stdout.reconfigure(errors="ignore")
print("é|€|ok")
sys.stdout.reconfigure(encoding="latin-1")
print(sys.stdout.encoding, sys.stdout.errors)
try:
    print("ok", "€uro")
except UnicodeEncodeError as e:
    print("\nUnicodeEncodeError:", e)
try:
    sys.stdout.write("abc\u20ac\u20acd")
except UnicodeEncodeError as e:
    print("\nUnicodeEncodeError:", e, e.start, e.end, ascii(e.object))
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
try:
    print("lone \ud800 surrogate")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("pair \U0001f600 ok")
for kw in ({"encoding": "bogus"}, {"encoding": 1}, {"errors": 1}, {"newline": "x"}, {"bogus": 1}):
    try:
        sys.stdout.reconfigure(**kw)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
sys.stdout.reconfigure(errors="bogus")
print("plain text needs no error handler", sys.stdout.errors)
try:
    print("\udcff")
except LookupError as e:
    sys.stdout.reconfigure(errors="strict")
    print("LookupError:", e)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering, sys.stdout.reconfigure())
sys.stdout.reconfigure(line_buffering=False, write_through=1)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stderr.reconfigure(encoding="ascii")
print(sys.stderr.encoding, sys.stderr.errors)
print("stderr: \xe9 \udcff", file=sys.stderr)
sys.stderr.reconfigure(encoding="utf-8", errors="backslashreplace")
print("stderr: \xe9 \udcff", file=sys.stderr)
print("\udcff fails last")
