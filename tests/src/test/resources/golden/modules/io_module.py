# io.StringIO and io.BytesIO.
import io
import sys
s = io.StringIO()
s.write("hello ")
print("world", file=s)
s.write("line 2\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()))
r = io.StringIO("a\nb\nc")
print(list(r), r.read())
r.seek(2)
print(repr(r.read(3)))
print([line.strip() for line in io.StringIO("x\ny\n")])
b = io.BytesIO()
b.write(b"\x00\x01")
b.write(bytes([65, 66]))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read())
b2 = io.BytesIO(b"line1\nline2\n")
print(b2.readlines())
old = sys.stdout
capture = io.StringIO()
sys.stdout = capture
print("captured output", 123)
sys.stdout = old
print("restored; captured:", repr(capture.getvalue()))
with io.StringIO("ctx") as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
t = io.StringIO("truncate me")
t.truncate(8)
print(repr(t.getvalue()))
