# split, rsplit, join, splitlines, partition, rpartition.
s = "  alpha beta  gamma\tdelta\n"
print(s.split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "".split(), "".split(","))
print("x--y--z".split("--"), "x--y--z".rsplit("--", maxsplit=1))
print("one\ntwo\r\nthree\rfour".splitlines(), "a\nb\n".splitlines(True))
print("".splitlines(), "single".splitlines(), "\n".splitlines())
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(map(str, range(4))))
print(" ".join("spaced"), "+".join([]))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".split(".", -1), "  lead".split(" "))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("path/to/file.txt".rsplit("/", 1)[-1], "file.tar.gz".partition(".")[2])
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
print(dict(line.split("=") for line in ["a=1", "b=2"]))
