# sys.stdin.buffer: a BufferedReader under the text stream; the text layer reads ahead in chunks, as CPython's
import sys

r = sys.stdin.buffer
print(type(r).__name__, type(r).__module__, repr(r), r.name, r.mode)
print(r.readable(), r.writable(), r.fileno(), r.closed)
print(r.readline())
print(r.readline(3), r.readline(0), r.read(0), r.read1(0))
print(r.read(5))
print(r.read1(4))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))
print(r.read(), r.readline(), r.read1())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.encoding, sys.stdin.errors, repr(sys.stdin))
try:
    sys.stdin.reconfigure(encoding="latin-1")
except OSError as e:
    print(type(e).__name__, e)
for line in r:
    print(line)
print(list(r))
