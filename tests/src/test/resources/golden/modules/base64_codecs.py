import base64, binascii
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe" * 5]
for d in data:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d,
          base64.standard_b64encode(d) == e, base64.b64encode(d, altchars=b"-_") == base64.urlsafe_b64encode(d))
    print(" b32", base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d, base64.b32hexencode(d), base64.b32hexdecode(base64.b32hexencode(d)) == d)
    print(" b16", base64.b16encode(d)[:40], base64.b16decode(base64.b16encode(d)) == d, base64.b16decode(base64.b16encode(d).lower(), casefold=True) == d)
    print(" b85", base64.b85encode(d)[:40], base64.b85decode(base64.b85encode(d)) == d, base64.b85encode(d, pad=True)[:20])
    print(" a85", base64.a85encode(d)[:40], base64.a85decode(base64.a85encode(d)) == d, base64.a85encode(d, adobe=True)[:20], base64.a85decode(base64.a85encode(d, adobe=True), adobe=True) == d)
    print(" enc", base64.encodebytes(d)[:90], base64.decodebytes(base64.encodebytes(d)) == d)
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(bytearray(b"Zm9v")), base64.b64decode(memoryview(b"Zm9v")), base64.b64decode(b"Zm9v\nYmFy"))
print(base64.b64decode(b"Zm9v!YmFy"), base64.b64decode(b"-_-_", altchars=b"-_"), base64.urlsafe_b64decode("-_-_"))
print(base64.a85encode(b"\0\0\0\0 " * 3, foldspaces=True, wrapcol=7), base64.a85encode(b"x" * 40, wrapcol=10, adobe=True))
print(base64.a85decode(b"z"), base64.a85decode(b"y", foldspaces=True), base64.a85decode(b"<~87cURDZ~>", adobe=True), base64.a85decode(b"87c U\nRDZ"))
print(base64.b32decode(b"MZXW6===", casefold=False), base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6YQ=", map01=None))
print(base64.b32decode(b"0O", map01=b"L") if False else base64.b32decode(b"MZXW6YTBOI======"), base64.b32decode(b"M1XW6===", map01=b"L"))
print(base64.encodebytes(b"x" * 120))
cases = [
    lambda: base64.b64decode(b"Zm9vY"), lambda: base64.b64decode(b"Zm9v!YmFy", validate=True), lambda: base64.b64decode("Zm9vé"),
    lambda: base64.b64decode(3), lambda: base64.b64encode("abc"), lambda: base64.b64encode(3), lambda: base64.b64decode(b"Zm9v=", validate=True),
    lambda: base64.b32decode(b"MZXW6"), lambda: base64.b32decode(b"mzxw6==="), lambda: base64.b32decode(b"MZXW6=A="), lambda: base64.b32decode(b"M1XW6===", map01=b"LL"),
    lambda: base64.b16decode(b"0g"), lambda: base64.b16decode(b"abc"), lambda: base64.b16decode(b"ab"),
    lambda: base64.b85decode(b"|~~~~"), lambda: base64.b85decode(b"\x00"), lambda: base64.a85decode(b"<~abc", adobe=True),
    lambda: base64.a85decode(b"zz" + b"a"), lambda: base64.a85decode(b"ab\x00"), lambda: base64.a85decode(b"s8W-\"s8W-\"", adobe=False),
    lambda: base64.a85decode(b"uuuuu"), lambda: base64.encodebytes("x"), lambda: base64.encodebytes(memoryview(b"abcd").cast("c")),
    lambda: base64.decodebytes("Zm9v"), lambda: base64.b64encode(b"x", altchars=b"-"), lambda: base64.a85decode(b"y"),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
import io
i, o = io.BytesIO(b"hello world" * 10), io.BytesIO()
base64.encode(i, o)
print(o.getvalue())
i2, o2 = io.BytesIO(o.getvalue()), io.BytesIO()
base64.decode(i2, o2)
print(o2.getvalue())
