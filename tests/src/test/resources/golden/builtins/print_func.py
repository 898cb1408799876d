# print with sep, end, file and flush.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep=" | ")
print(*range(5), sep="-")
print("to stderr", 42, file=sys.stderr)
print("flushed", flush=True)
print("", end="")
print("multi\nline")
print("sep None", "uses space", sep=None, end=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
buf = Out()
print("captured", 1, file=buf)
print(buf.parts)
print("error line 2", file=sys.stderr)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
