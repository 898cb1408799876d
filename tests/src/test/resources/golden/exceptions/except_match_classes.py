def f(x):
    raise x
for exc in (ValueError, TypeError, KeyError, IndexError):
    try:
        try:
            f(exc("v"))
        except (ValueError, TypeError) as e:
            print("caught1", type(e).__name__)
        except (LookupError,):
            print("caught2")
    except Exception as e:
        print("outer", e)
T = (KeyError, (IndexError, ValueError))
try:
    try:
        f(IndexError(1))
    except (TypeError, T) as e:
        print("nested", repr(e))
except TypeError as te:
    print("TE nested", te, repr(te.__context__), te.__traceback__.tb_lineno)
try:
    try:
        f(IndexError(2))
    except T:
        print("no")
except TypeError as te:
    print("TE T", te, repr(te.__context__))
try:
    try:
        f(IndexError(2))
    except 5:
        print("no")
except TypeError as te:
    print("TE 5", te, repr(te.__context__))
try:
    try:
        f(KeyError(1))
    except (KeyError, 3):
        print("first matches")
except TypeError as e:
    print("TE", e)
try:
    try:
        f(KeyError(1))
    except (3, KeyError):
        print("no")
except TypeError as e:
    print("TE", e)
try:
    try:
        f(KeyError(1))
    except (KeyError, undefined_name):
        print("no")
except NameError as e:
    print("NE", e)
order = []
def t(c): order.append(c.__name__); return c
try:
    f(ValueError())
except (t(ValueError), t(TypeError)):
    print(order)

import sys
try:
    f(KeyError(7))
except (TypeError, KeyError):
    print("exc_info", sys.exc_info()[0].__name__)
