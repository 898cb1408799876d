for f in [lambda: bytes.maketrans('a','b'), lambda: bytes.maketrans(b'ab', b'c'), lambda: b'abc'.translate(b'x'), lambda: b'abc'.translate(None, b'b'), lambda: bytearray(b'abc').translate(bytes.maketrans(b'a', b'z'), delete=b'c'), lambda: b'x'.maketrans(b'x', b'y')[120:122], lambda: b'abc'.translate('x'*256), lambda: b'a'.translate(None, 'a')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
