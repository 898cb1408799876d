# finally runs on return, break and continue; return in finally overrides.
def ret():
    try:
        return "from try"
    finally:
        print("finally on return")
print(ret())
def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    log = []
    try:
        try:
            return log
        finally:
            log.append("inner")
    finally:
        log.append("outer")
print(nested())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("loop finally", n)
print(counter())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())
def exc_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    exc_in_finally()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
def with_else():
    try:
        pass
    except Exception:
        pass
    else:
        return "from else"
    finally:
        print("finally after else")
print(with_else())
