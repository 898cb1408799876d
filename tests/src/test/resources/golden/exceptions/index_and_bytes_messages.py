# str indices, int.from_bytes of objects that are not bytes, and the text of eval/single SyntaxErrors at the end of
# a source without a newline: CPython 3.11's messages.
class B:
    def __bytes__(self): return b"\x01\x02"
class Bad:
    def __bytes__(self): return "x"
for f in (lambda: "abc"["x"], lambda: "abc"[1.5], lambda: "abc"[None], lambda: [1][1.5], lambda: (1,)["a"], lambda: b"a"["x"],
          lambda: int.from_bytes(1, "big"), lambda: int.from_bytes(1.5, "big"), lambda: int.from_bytes(None, "big"),
          lambda: int.from_bytes([1, 2], "big"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(B(), "big"),
          lambda: int.from_bytes(Bad(), "big"), lambda: int.from_bytes(bytearray(b"\x01\x00"), "little"),
          lambda: int.from_bytes(iter([1, 2]), "big"),
          lambda: eval("1 +"), lambda: compile("1 +", "<s>", "single"), lambda: eval(""), lambda: eval("(1,\n2 +"),
          lambda: compile("1 +", "<s>", "exec")):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e.args))
