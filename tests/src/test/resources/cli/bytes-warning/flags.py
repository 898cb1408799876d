import sys, warnings
print(sys.flags.bytes_warning, sys.warnoptions, warnings.filters[:2])
x = [b'a' == 'a', str(bytearray(b'q'))]
def f():
    return (b'z'
            == 'z')
f()
print(f'{b"x"}', sorted({'k': 1, b'k': 2}.values()))
