# sys.stdout.buffer: a BufferedWriter under the text stream, its writes ordered as CPython's two layers order them
import sys

b = sys.stdout.buffer
print(type(b).__name__, type(b).__module__, repr(b))
print(b.name, b.mode, b.closed, b.fileno(), b.writable(), b.readable())
print(b.write(b"bytes\n"), b.write(bytearray(b"bytearray\n")), b.write(b""))
for bad in ("text", 1, None):
    try:
        b.write(bad)
    except TypeError as e:
        print("TypeError:", e)
print("a")
b.write(b"b\n")
print("c")
sys.stdout.flush()
print("after flush")
b.write(b"raw line\n")
print("x" * 9000)
b.write(b"after big\n")
print("p", "q", sep="-")
b.flush()
print("last text")
print(sys.stderr.buffer, file=sys.stderr)
sys.stderr.buffer.write(b"to stderr\n")
sys.stderr.flush()
print(sys.stdin.buffer, sys.stdin.buffer.mode, sys.stdin.buffer.name)
for f in (lambda: sys.stdin.buffer.write(b"x"), b.read, b.read1, b.readline):
    try:
        f()
    except OSError as e:
        print(type(e).__module__, type(e).__name__, e)
sys.stdout.flush()
print("text pending when the buffer closes is lost, as CPython's")
b.write(b"binary pending when the buffer closes goes out\n")
b.close()
print(b.closed, sys.stdout.closed, file=sys.stderr)
try:
    b.write(b"x")
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)
try:
    print("x")
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)
