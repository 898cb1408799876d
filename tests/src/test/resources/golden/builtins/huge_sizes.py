# Sizes no memory can hold: CPython's MemoryError (no arguments) from str/bytes padding, repetition, shifts and
# constructors, instead of a Java exception; shifts of 0 and right shifts stay numbers.
cases = ['"x" * 2**40', '"x".center(2**40)', '"x".ljust(2**62)', '"x".rjust(2**40)', '"x".zfill(2**40)', 'b"x".center(2**62)',
         'b"x".ljust(2**40)', 'b"x" * 2**40', '[0] * 2**40', '1 << 2**40', 'bytearray(2**40)', 'bytes(2**40)']
for c in cases:
    try:
        print(c, "->", repr(eval(c))[:20])
    except BaseException as e:
        print(c, "->", type(e).__name__, repr(e.args))
for c in ['0 << 2**40', '5 >> 2**40', '-5 >> 2**40', '"ab".center(5, "*")', 'b"ab".rjust(4)', '"-5".zfill(4)']:
    print(c, "->", repr(eval(c)))
try:
    [0] * 2**40
except MemoryError as e:
    print(repr(e), e.args)
