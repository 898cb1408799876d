# __format__ that returns something other than a str (a str subclass is fine), in f-strings and format(); an
# __index__ too large for a subscript: CPython 3.11's TypeError and IndexError.
class Fmt:
    def __format__(self, spec): return 1
class S(str):
    pass
class FmtSub:
    def __format__(self, spec): return S("sub:" + spec)
class Plain:
    def __repr__(self): return "Plain()"
class Int2:
    def __int__(self): return 3
class Idx2:
    def __index__(self): return 2**100
class Idx3:
    def __index__(self):
        print("index called")
        return 1
class IdxBad:
    def __index__(self): return "x"
for f in (lambda: f"{Fmt()}", lambda: f"{Fmt():>3}", lambda: format(Fmt(), ""), lambda: f"{FmtSub()}", lambda: f"{FmtSub():x}",
          lambda: f"{Plain()}", lambda: f"{Plain():>3}", lambda: "%d" % Int2(), lambda: [1, 2][Idx2()], lambda: [1, 2][Idx3()],
          lambda: (1, 2)[IdxBad()], lambda: "ab"[Idx3()], lambda: [1, 2][-2**70]):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
