# Messages of builtin exceptions.
class X:
    pass
def unbound():
    print(local_var)
    local_var = 1
one = 1
def str_assign():
    s = "abc"
    s[0] = "x"
def tuple_assign():
    t = (1, 2)
    t[0] = 9
def tuple_del():
    t = (1, 2)
    del t[0]
tests = [
    ("zero int", lambda: 1 / 0),
    ("zero floordiv", lambda: 1 // 0),
    ("zero mod", lambda: 5 % 0),
    ("zero float", lambda: 1.0 / 0),
    ("key", lambda: {"a": 1}["b"]),
    ("key int", lambda: {}[42]),
    ("key tuple", lambda: {}[(1, 2)]),
    ("index list", lambda: [1, 2][5]),
    ("index tuple", lambda: (1,)[3]),
    ("index str", lambda: "ab"[9]),
    ("pop empty", lambda: [].pop()),
    ("attr", lambda: X().y),
    ("attr int", lambda: (5).foo),
    ("attr module", lambda: __import__("math").nope),
    ("attr class", lambda: X.missing),
    ("name", lambda: undefined_name),
    ("unbound", unbound),
    ("add", lambda: 1 + "a"),
    ("add rev", lambda: "a" + 1),
    ("sub", lambda: [1] - [1]),
    ("mul", lambda: "a" * "b"),
    ("neg", lambda: -"x"),
    ("int parse", lambda: int("abc")),
    ("int base", lambda: int("12", 2)),
    ("float parse", lambda: float("x1")),
    ("list remove", lambda: [1].remove(2)),
    ("list index", lambda: [1].index(2)),
    ("str index", lambda: "abc".index("z")),
    ("not callable", lambda: one()),
    ("not subscriptable", lambda: one[0]),
    ("unhashable", lambda: {[1]: 2}),
    ("item assign", str_assign),
    ("tuple assign", tuple_assign),
    ("tuple del", tuple_del),
    ("concat list", lambda: [1] + (2,)),
    ("iter int", lambda: iter(5)),
    ("next", lambda: next(iter([]))),
    ("chr", lambda: chr(-1)),
    ("dict update", lambda: dict([1, 2])),
    ("divmod arity", lambda: divmod(1)),
    ("math domain", lambda: __import__("math").sqrt(-1)),
    ("str join", lambda: ",".join([1, 2])),
    ("keyword", lambda: dict(**{1: 2})),
    ("overflow", lambda: float(10 ** 400)),
    ("int convert", lambda: int(None)),
    ("recursion-free len", lambda: len(one)),
]
for label, fn in tests:
    try:
        fn()
        print(f"{label}: no error")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
