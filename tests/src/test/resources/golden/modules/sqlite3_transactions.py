# sqlite3 transactions: implicit BEGIN before DML, commit/rollback, the context manager, isolation_level (None,
# IMMEDIATE, invalid values), in_transaction with BEGIN/COMMIT/SAVEPOINT/RELEASE, executescript's implicit COMMIT,
# a locked database, file databases in a temporary directory.
import sqlite3, tempfile, os
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.db")
    c = sqlite3.connect(path)
    c.execute("create table t(x)")
    print(c.in_transaction, c.isolation_level)
    c.execute("insert into t values(1)")
    print(c.in_transaction)
    c.rollback()
    print(c.in_transaction, c.execute("select count(*) from t").fetchone())
    with c:
        c.execute("insert into t values(2)")
    print(c.in_transaction)
    try:
        with c:
            c.execute("insert into t values(3)")
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    print(c.execute("select x from t").fetchall())
    c.execute("insert into t values(4)")
    c.close()
    c2 = sqlite3.connect(path)
    print(c2.execute("select x from t").fetchall())
    c2.isolation_level = None
    c2.execute("insert into t values(5)")
    print(c2.in_transaction)
    c2.execute("begin")
    print(c2.in_transaction)
    c2.execute("insert into t values(6)")
    c2.execute("commit")
    print(c2.in_transaction)
    c2.isolation_level = "IMMEDIATE"
    c2.execute("delete from t where x = 5")
    print(c2.in_transaction)
    c2.isolation_level = None
    print(c2.in_transaction)
    t(lambda: setattr(c2, "isolation_level", "FOO"))
    t(lambda: setattr(c2, "isolation_level", 1))
    c2.isolation_level = ""
    c2.execute("savepoint a")
    print(c2.in_transaction)
    c2.execute("release a")
    print(c2.in_transaction)
    cu = c2.executescript("begin; insert into t values(7); ")
    print(c2.in_transaction, cu.rowcount)
    t(lambda: c2.executescript("insert into t values(8); commit;"))
    print(c2.in_transaction)
    print(c2.execute("select x from t").fetchall())
    print(c2.total_changes)
    t(lambda: c2.executescript("insert into t values(9); selec 1; insert into t values(10)"))
    print(c2.execute("select x from t").fetchall(), c2.in_transaction)
    c2.execute("insert into t values(11)")
    c3 = sqlite3.connect(path, timeout=0.1)
    t(lambda: c3.execute("insert into t values(12)"))
    c3.close()
    c2.commit()
    c2.close()
    t(lambda: sqlite3.connect(os.path.join(d, "no", "x.db")))
    c4 = sqlite3.Connection(path)
    print(c4.execute("select count(*) from t").fetchone()[0])
    c4.close()
    print(sorted(os.listdir(d)))
