# Huge counts and sizes in struct formats, int.to_bytes, list.pop and expandtabs: CPython's errors (struct.error,
# MemoryError, OverflowError) rather than the interpreter's own failures.
import struct
cases = [
    '"\\tx".expandtabs(2**40)',
    '"\\tx".expandtabs(2**31)',
    'b"\\tx".expandtabs(2**31)',
    '"\\tx".expandtabs(-2**31)',
    '"a\\tb".expandtabs(-3)',
    '(5).to_bytes(2**40, "big")',
    '(5).to_bytes(2**40, "middle")',
    '[].pop(2**70)',
    '[1].pop(2**70)',
    'struct.pack("99999999999999999999x")',
    'struct.pack("999999999999x")',
    'struct.unpack("999999999999x", b"")',
    'struct.calcsize("99999999999999999999x")',
    'struct.calcsize("2147483647x2147483647x")',
    'struct.calcsize("9223372036854775807x1x")',
    'struct.pack("99999999999i")',
    'struct.calcsize("4611686018427387904i")',
    'struct.calcsize("3i")',
    'struct.pack("2s3x", b"abc")',
]

for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
