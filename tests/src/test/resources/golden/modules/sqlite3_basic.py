# sqlite3 basics: connect, execute with qmark and named parameters, executemany, fetchone/fetchmany/fetchall,
# iteration, description, rowcount, lastrowid, value types both ways, create_function, text_factory.
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("create table t(x integer unique, y text, z blob, w real)")
cu = c.execute("insert into t values(?,?,?,?)", (1, "a", b"\x00\x01", 1.5))
print(cu.rowcount, cu.lastrowid, c.in_transaction, c.total_changes)
c.executemany("insert into t values(:x, :y, NULL, NULL)", [{"x": 2, "y": "b"}, {"x": 3, "y": "c"}])
c.commit()
print(c.in_transaction)
for r in c.execute("select * from t order by x"):
    print(r)
cu = c.execute("select x, y from t")
print(cu.description)
print(cu.fetchone(), cu.fetchmany(5), cu.fetchall())
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: c.execute("SELEC 1"))
t(lambda: c.execute("select * from nope"))
print(type(sqlite3.sqlite_version).__name__, len(sqlite3.sqlite_version_info), sqlite3.sqlite_version_info[0])
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety, sqlite3.version, sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
print(sqlite3.Connection, sqlite3.Cursor, sqlite3.Row, sqlite3.Error, sqlite3.Connection.__module__)
c = sqlite3.connect(":memory:")
print(repr(c).startswith("<sqlite3.Connection object at 0x"), repr(c.cursor()).startswith("<sqlite3.Cursor object at 0x"))
c.create_function("twice", 1, lambda x: x * 2)
c.create_function("nargs", -1, lambda *a: len(a), deterministic=True)
print(c.execute("select twice(21), twice('ab'), twice(1.5), twice(x'01')").fetchall())
print(c.execute("select nargs(1, 2, 3), nargs()").fetchall())
print(c.execute("select ?, ?, ?, ?, ?, ?", (None, 1, 2.5, "é", b"\xff", True)).fetchone())
print(c.execute("select ?", (bytearray(b"ab"),)).fetchone())
print(c.execute("select 9223372036854775807, -9223372036854775808, 1e308, -0.0, 9223372036854775807 + 1").fetchall())
print(c.execute("select :a, :b, :a, $c, @d", {"a": 1, "b": 2, "c": 3, "d": 4}).fetchall())
print(c.execute("select ?2, ?1, ?2", (1, 2)).fetchall())
print(c.execute("select ?", "a").fetchall(), c.execute("select ?", [7]).fetchall())
cu = c.execute("select 1 union select 2 union select 3")
cu.arraysize = 2
print(cu.fetchmany(), cu.fetchmany(), cu.fetchmany(), cu.fetchone())
cu = c.execute("create table v(a)")
print(cu.description, cu.rowcount, cu.fetchall())
cu = c.execute("select * from v")
print(cu.description, cu.fetchall(), cu.rowcount)
print(c.execute("").description, c.execute("  -- only a comment\n").rowcount)
c.text_factory = bytes
print(c.execute("select 'é', x'00'").fetchall())
c.text_factory = lambda b: b.decode() + "!"
print(c.execute("select 'é', x'00'").fetchall())
c.text_factory = str
c.executemany("insert into v values(?)", [(i,) for i in range(5)])
print(c.total_changes, sum(r[0] for r in c.execute("select a from v")))
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"),
      sqlite3.complete_statement("select ';"),
      sqlite3.complete_statement("create trigger x after insert on v begin select 1; end;"),
      sqlite3.complete_statement("create trigger x after insert on v begin select 1;"))
