# sqlite3 rows and conversions: Row (index, case-insensitive names, slices, keys, equality, hash), row_factory
# on connections and cursors, adapters (register_adapter, __conform__, adapt), converters (PARSE_DECLTYPES,
# PARSE_COLNAMES), user functions, big integers, cursor and connection factories.
import sqlite3
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
c = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
c.create_function("twice", 1, lambda x: x * 2)
c.create_function("boom", 0, lambda: 1 / 0)
c.create_function("nargs", -1, lambda *a: len(a), deterministic=True)
t(lambda: c.execute("select twice(21), twice('ab'), twice(1.5), twice(x'01'), twice(null) is null").fetchall())
t(lambda: c.execute("select boom()").fetchall())
t(lambda: c.execute("select nargs(1,2,3), nargs()").fetchall())
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
c.execute("create table p(a point, b integer)")
c.execute("insert into p values(?, ?)", (Point(1, 2), 3))
t(lambda: c.execute("select a, b from p").fetchall())
t(lambda: c.execute('select a as "a [point]", b as "b [integer]" from p').description)
t(lambda: c.execute("select ?", (Point(3, 4),)).fetchall())
t(lambda: c.execute('select ? as "p [point]"', (Point(3, 4),)).fetchall())
class C:
    def __conform__(self, proto):
        return "conformed" if proto is sqlite3.PrepareProtocol else None
t(lambda: c.execute("select ?", (C(),)).fetchall())
t(lambda: sqlite3.adapt(C()))
t(lambda: sqlite3.adapt(object()))
t(lambda: sqlite3.adapt(object(), sqlite3.PrepareProtocol, 5))
c.row_factory = sqlite3.Row
c.execute("create table r(Name text, Age int)")
c.executemany("insert into r values(?, ?)", [("ann", 30), ("bob", 40)])
rows = c.execute("select * from r").fetchall()
a, b = rows
print(a["name"], a["NAME"], a[1], a[-1], a[0:2], a.keys(), list(a), len(a))
t(lambda: a["nope"])
t(lambda: a[5])
t(lambda: a[1.0])
print(a == b, a == c.execute("select * from r").fetchone(), a != b, hash(a) == hash(c.execute("select * from r").fetchone()))
print(repr(a).startswith("<sqlite3.Row object at 0x"))
cu = c.cursor()
print(cu.row_factory is sqlite3.Row, sqlite3.Cursor(c).row_factory)
c.row_factory = lambda cur, row: {d[0]: v for d, v in zip(cur.description, row)}
print(c.execute("select * from r").fetchall())
c.row_factory = None
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"), sqlite3.complete_statement("select ';"),
      sqlite3.complete_statement("create trigger x after insert on r begin select 1; end;"),
      sqlite3.complete_statement("create trigger x after insert on r begin select 1;"))
c.execute("create table big(v)")
t(lambda: c.execute("insert into big values(?)", (2**63,)))
t(lambda: c.execute("insert into big values(?)", (-2**63,)).rowcount)
t(lambda: c.execute("select v, typeof(v) from big").fetchall())
t(lambda: c.execute("select 9223372036854775807, -9223372036854775808, 1e308, -0.0").fetchall())
cu = c.execute("select 1 union select 2 union select 3")
cu.arraysize = 2
print(cu.fetchmany(), cu.fetchmany(), cu.fetchmany(), cu.fetchone())
print(next(iter(c.execute("select 'it'"))))
t(lambda: sqlite3.connect(":memory:").cursor(factory=lambda con: 1))
class MyCursor(sqlite3.Cursor): pass
print(type(c.cursor(MyCursor)).__name__)
class MyConn(sqlite3.Connection): pass
print(type(sqlite3.connect(":memory:", factory=MyConn)).__name__)
print(sqlite3.Warning.__mro__[1:], issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError))
try:
    c.execute("insert into r values(1)")
except sqlite3.OperationalError as e:
    print(e, e.sqlite_errorcode, e.sqlite_errorname)
c.execute("create table u(k primary key)")
c.execute("insert into u values(1)")
try:
    c.execute("insert into u values(1)")
except sqlite3.IntegrityError as e:
    print(e, e.sqlite_errorcode, e.sqlite_errorname)
