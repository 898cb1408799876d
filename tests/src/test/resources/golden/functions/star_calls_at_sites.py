# Calls with *args / **kwargs, functions with *args, callable instances and functools.partial, each run
# once and then in a hot loop (compiled): the fast paths (exact tuples and lists copied, an empty **kwargs
# not packed, *args bound without the generic binder, a class's __call__ through a cached dispatch) must
# give what the generic paths give, errors included.
import functools
import copy

def add(a, b):
    return a + b

def show(*args, **kwargs):
    return f"{args} {sorted(kwargs.items())}"

def head(a, *rest, **kw):
    return (a, rest, kw)

def head_default(a, b=2, *rest):
    return (a, b, rest)

def wrapper_of(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

wadd = wrapper_of(add)
wshow = wrapper_of(show)

class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, v, w=0):
        return v + self.k + w

class Loud(Adder):
    def __call__(self, v, w=0):
        return ("loud", super().__call__(v, w))

class StaticCall:
    @staticmethod
    def __call__(v):
        return ("static", v)

class Mutable:
    def __call__(self, v):
        return ("first", v)

def second(self, v):
    return ("second", v)

class Pos:
    def __call__(self, /, *args, **kw):
        return (args, kw)

def cases(i):
    pre = (1,)
    lst = [i, 2]
    ints = [3, 4]
    empty = {}
    out = [
        add(*pre, i), add(*(i,), *pre), add(*lst), add(*ints), add(*[i], *[5]),
        add(*(x for x in (i, 6))), add(*"ab"), add(*pre, **{"b": i}), add(**{"a": i, "b": 1}),
        add(*pre, b=i, **empty), add(i, **empty, b=3), show(*lst, **empty), show(*lst, k=1, **empty),
        show(**{"z": 1}, **{"y": 2}), show(*pre, *lst, *(), *[], 7),
        head(i), head(i, 2, 3), head(i, *lst, k=5), head(*lst, **empty), head_default(i), head_default(i, 5, 6),
        wadd(i, 1), wadd(i, b=2), wadd(*lst), wshow(i, x=i), wshow(), wadd.__name__, wadd.__wrapped__ is add,
        Adder(10)(i), Adder(10)(i, 5), Adder(10)(i, w=6), Adder(1)(*lst), Loud(2)(i), StaticCall()(i), Pos()(i, j=2),
    ]
    return out

for row in cases(1):
    print(row)

# errors through the same sites
def errors():
    out = []
    for thunk in (lambda: add(*1), lambda: add(**1), lambda: add(*[1, 2, 3]), lambda: add(1, **{"a": 2}),
                  lambda: add(*(1,), a=2), lambda: head(), lambda: head(**{"a": 1, "rest": 2}),
                  lambda: head_default(), lambda: show(**{1: 2}), lambda: wadd(1), lambda: Adder(1)(),
                  lambda: Adder(1)(1, 2, 3), lambda: StaticCall()(), lambda: Pos.__call__(),
                  lambda: add(*pre_undefined)):
        try:
            out.append(thunk())
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

for line in errors():
    print(line)

# the class's __call__ replaced after the site cached it; an instance attribute named __call__ is ignored
m = Mutable()
m.__call__ = lambda v: ("instance", v)
def call_m(v):
    return m(v)
print([call_m(i) for i in range(3)])
Mutable.__call__ = second
print([call_m(i) for i in range(3)])

# functools.partial
p = functools.partial(add, 1)
q = functools.partial(show, 1, k=2)
r = functools.partial(q, 3, j=4)
print(p(5), q(), q(9, k=3), r(), r.func is show, r.args, r.keywords)
print(repr(p).startswith("functools.partial(<function add"), repr(q).split(">,", 1)[1])
try:
    p.func = None
except AttributeError as e:
    print("AttributeError:", e)
p.note = "x"
print(p.note, p(1))
pc = copy.copy(p)
print(pc(2), pc.note, pc.func is add, pc.args)
nested = functools.partial(p, 10)
print(nested(), nested.func is add, nested.args)

class MyPartial(functools.partial):
    pass
mp = MyPartial(add, 2)
print(mp(3), type(mp).__name__)

# hot loop: every site above compiled
total = 0
last = None
for i in range(4000):
    row = cases(i)
    total += row[0] + row[3] + row[21] + row[28] + p(i) + mp(i) + len(q(i)) + len(errors())
    last = row
print(total)
print(last[-6:])
print(cases(7) == cases(7), errors() == errors())
