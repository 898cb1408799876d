# binascii against CPython on seeded random data: every function, including the error cases of odd input
import binascii, random
rng = random.Random(7)
alpha = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r \t._-`!\x00\xff"
out = []
def rec(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s %s" % (type(e).__name__, e)
    out.append(repr(r))
for n in range(60):
    k = rng.randrange(0, 120)
    data = bytes(rng.randrange(256) for _ in range(k))
    text = bytes(rng.choice(alpha) for _ in range(rng.randrange(0, 20)))
    rec(binascii.b2a_base64, data); rec(binascii.b2a_base64, data, newline=False)
    enc = binascii.b2a_base64(data)
    rec(binascii.a2b_base64, enc); rec(binascii.a2b_base64, text); rec(binascii.a2b_base64, text, strict_mode=True)
    rec(binascii.a2b_base64, enc[:rng.randrange(len(enc) + 1)] + text[:3], strict_mode=bool(n % 2))
    rec(binascii.crc32, data); rec(binascii.crc32, data, n * 7919 - 1000); rec(binascii.crc_hqx, data, n * 31)
    rec(binascii.b2a_uu, data[:50]); rec(binascii.b2a_uu, data[:45], backtick=True)
    rec(binascii.a2b_uu, binascii.b2a_uu(data[:45])); rec(binascii.a2b_uu, text)
    rec(binascii.a2b_uu, binascii.b2a_uu(data[:45], backtick=True))
    qtext = bytes(rng.choice(b"ab =_.\t\r\n\xe9\x00" + b"x" * 10) for _ in range(rng.randrange(0, 200)))
    for qt in (False, True):
        for it in (False, True):
            for h in (False, True):
                rec(binascii.b2a_qp, qtext, quotetabs=qt, istext=it, header=h)
    rec(binascii.a2b_qp, qtext); rec(binascii.a2b_qp, binascii.b2a_qp(qtext), header=True)
    rec(binascii.a2b_qp, bytes(rng.choice(b"=0aFgG_\r\n x") for _ in range(rng.randrange(0, 20))), header=bool(n % 3))
    rec(binascii.hexlify, data[:9], "-", rng.randrange(-4, 5))
    rec(binascii.unhexlify, bytes(rng.choice(b"0123456789abcdefABCDEFg") for _ in range(rng.randrange(0, 9))))
print(len(out))
for line in out:
    print(line)
