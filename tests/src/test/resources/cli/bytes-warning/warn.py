import sys
print(sys.flags.bytes_warning, sys.warnoptions)


def show(b):
    return str(b)


ba = bytearray(b'ab')
print(show(b'x'))
print(show(ba))
print(show(b'y'))
print('%s|%r' % (b'p', b'q'), f'{b"f"}', format(b'g'), '{}'.format(ba))
print(b'x' == 'x', 'x' != b'x', ba == 'ab', 'ab' != ba)
print(b'\x01' == 1, True != b'', ba == 1, b'x' == 1.0, b'x' == ba)


class S(str):
    pass


print(b'x' == S('x'), ba.__eq__(S('x')))
d = {b'k': 1, 'k': 2}
print(d[b'k'], d['k'], 'k' in {b'k'}, b'k' in {'k': 0})
for i in range(3):
    b'loop' == 'loop'
try:
    b'x' < 'x'
except TypeError as e:
    print(e)
print(str(b'x', 'ascii'), repr(b'x'), ascii(ba))
