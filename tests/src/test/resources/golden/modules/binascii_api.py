import binascii
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc"), binascii.hexlify(bytearray(b"xy")), binascii.hexlify(memoryview(b"xyz")[1:]))
for per in (1, 2, 3, -1, -2, -3, 0, 10):
    print(per, binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", per), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", bytes_per_sep=per))
print(binascii.hexlify(b"", ":"), binascii.hexlify(b"ab", "é"), binascii.hexlify(data=b"ab", sep="_"))
print(binascii.unhexlify(b"01abFF"), binascii.a2b_hex("0a0B"), binascii.unhexlify(bytearray(b"00")), binascii.unhexlify(""))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.b2a_base64(b""), binascii.b2a_base64(b"", newline=0))
print(binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64("aGVs bG8="), binascii.a2b_base64(b"aGVsbG8=garbage"), binascii.a2b_base64(b"a!G@V#s$bG8="))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"a", -1), binascii.crc32(b"a", 2**40 + 5))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0xffff), binascii.crc_hqx(b"", 12345), binascii.crc_hqx(b"x", -1))
print(binascii.b2a_uu(b"Cat"), binascii.b2a_uu(b""), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\x00\x00\x00", backtick=True))
print(binascii.a2b_uu(b"#0V%T\n"), binascii.a2b_uu(""), binascii.a2b_uu(b" "), binascii.a2b_uu(b"#0V%T   \n"), binascii.a2b_uu(b"#0V"))
print(binascii.b2a_qp(b"caf\xe9 = ok \n.\nline2\t\n"), binascii.b2a_qp(b"a b_c", header=True), binascii.b2a_qp(b"a\tb c", quotetabs=True))
print(binascii.b2a_qp(b"x" * 100), binascii.b2a_qp(b"a\r\nb \r\n"), binascii.b2a_qp(b"a\nb", istext=False))
print(binascii.a2b_qp(b"caf=E9 =3D ok=\nmore=\r\nx=4"), binascii.a2b_qp(b"a_b=5F", header=True), binascii.a2b_qp("==x=ZZ="))
cases = [
    lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"), lambda: binascii.a2b_hex("é0"), lambda: binascii.a2b_hex(5),
    lambda: binascii.hexlify("abc"), lambda: binascii.hexlify(b"ab", "--"), lambda: binascii.hexlify(b"ab", 3), lambda: binascii.hexlify(b"ab", "€"),
    lambda: binascii.a2b_base64(b"aGVsbG8"), lambda: binascii.a2b_base64(b"aGVsb"), lambda: binascii.a2b_base64(b"a"),
    lambda: binascii.a2b_base64(b"=aGk=", strict_mode=True), lambda: binascii.a2b_base64(b"aGk=x", strict_mode=True),
    lambda: binascii.a2b_base64(b"aG!k", strict_mode=True), lambda: binascii.a2b_base64(b"aG=k", strict_mode=True),
    lambda: binascii.a2b_base64(b"aGk=", strict_mode=True), lambda: binascii.a2b_base64(3), lambda: binascii.a2b_base64("aGké"),
    lambda: binascii.b2a_base64("abc"), lambda: binascii.crc32("abc"), lambda: binascii.crc32(b"a", 1.0),
    lambda: binascii.crc_hqx(b"a"), lambda: binascii.b2a_uu(b"x" * 46), lambda: binascii.a2b_uu(b"#\x01\x01\x01"),
    lambda: binascii.a2b_uu(b"!0V%T"), lambda: binascii.b2a_qp("x"), lambda: binascii.a2b_qp(1),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e, isinstance(e, ValueError))
