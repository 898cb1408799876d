# except (A, B) as e, bare except, re-raise, exception objects.
def risky(kind):
    if kind == 0:
        return {}["missing"]
    if kind == 1:
        return [][1]
    if kind == 2:
        return 1 / 0
    if kind == 3:
        raise SystemExit(5)
    return "fine"
for k in range(5):
    try:
        print(k, risky(k))
    except (KeyError, IndexError) as e:
        print(k, "lookup:", type(e).__name__, e)
    except ZeroDivisionError as e:
        print(k, "zero:", e)
    except:
        print(k, "bare except caught something")
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)
def reraise_named():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise exc
try:
    reraise_named()
except ZeroDivisionError as e:
    print("re-raised named:", e)
try:
    raise KeyError("a", "b")
except LookupError as e:
    print(repr(e), str(e), e.args)
try:
    try:
        raise ValueError("v")
    except TypeError:
        print("wrong handler")
except ValueError:
    print("outer handler got it")
class Custom(Exception):
    pass
try:
    raise Custom
except Custom as e:
    print(type(e).__name__, repr(e), str(e) == "")
exc = ValueError("instance raised")
try:
    raise exc
except ValueError as e:
    print(e is exc)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
errors = (KeyError, IndexError)
try:
    [][0]
except errors as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
