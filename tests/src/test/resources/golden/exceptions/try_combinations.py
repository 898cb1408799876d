# try/except/else/finally in all combinations.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "other":
            raise KeyError("k")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
try:
    run("other")
except KeyError as e:
    print("outer caught", repr(e))
try:
    print("try-finally body")
finally:
    print("finally only")
try:
    pass
except Exception:
    print("not printed")
else:
    print("else without exception")
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally runs before outer except")
except TypeError as e:
    print("outer except", e)
try:
    raise ValueError("first")
except ValueError:
    try:
        raise KeyError("second")
    except KeyError as e:
        print("nested handler", repr(e))
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple handler", type(e).__name__)
else:
    print("no")
finally:
    print("cleanup")
def handler_order(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
print(handler_order(IndexError()), handler_order(ZeroDivisionError()), handler_order(OSError()))
e_outer = None
try:
    raise RuntimeError("scoped")
except RuntimeError as e_outer:
    pass
try:
    print(e_outer)
except NameError as ne:
    print("NameError:", ne)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
