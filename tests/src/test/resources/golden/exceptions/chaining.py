# raise ... from ..., __cause__, __context__, __suppress_context__.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("conversion failed") from e
try:
    convert("abc")
except TypeError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("direct") from KeyError("explicit cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        raise OSError("level1")
    except OSError:
        try:
            raise KeyError("level2")
        except KeyError:
            raise IndexError("level3")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
e = Exception("plain")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError("with tb")
except ValueError as err:
    print(type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
