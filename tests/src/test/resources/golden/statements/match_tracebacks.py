# Tracebacks of errors raised while matching point at the pattern (or the subject), with CPython's carets.
import traceback
class K:
    x = 1
class Bad:
    def __eq__(self, o):
        raise RuntimeError("eq")
def run(v, which):
    try:
        if which == 0:
            match 1 // v:
                case 1:
                    pass
        elif which == 1:
            match {1: 2, 3: 4}:
                case {K.x: a, 1: b}:
                    pass
        else:
            match Bad():
                case K.x:
                    pass
    except Exception:
        traceback.print_exc()
run(0, 0)
run(1, 1)
run(1, 2)
class Plain:
    pass
def f(v):
    match v:
        case 1:
            pass
        case Plain(x):
            pass
f(Plain())
