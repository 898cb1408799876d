# sqlite3's audit events: sqlite3.connect (database,) before the database is opened, sqlite3.connect/handle
# (connection,) after, for sqlite3.connect(), sqlite3.Connection() and a factory subclass; a hook that raises
# stops the connection; no other event is raised while connecting or running statements.
import os
import sqlite3
import sys
import tempfile

seen = []
block = []
watch = [True]
tmp = []


def hook(event, args):
    if event in block:
        raise RuntimeError("blocked " + event)
    # "open" too: sqlite opens its database files without the open event, as CPython
    if event.startswith("sqlite3.") or (watch[0] and event == "open"):
        seen.append((event, args))


sys.addaudithook(hook)


def show():
    for event, args in seen:
        shown = [a.replace(tmp[0], "<tmp>") if isinstance(a, str) and tmp else
                 a if isinstance(a, (str, bytes, int)) else type(a).__name__ for a in args]
        print(event, len(args), shown)
    seen.clear()


cx = sqlite3.connect(":memory:")
show()
print(seen == [], type(cx).__name__)
cx.execute("create table t(x)")
cx.execute("insert into t values(1)")
cx.commit()
cx.close()
show()

cx2 = sqlite3.Connection(":memory:", timeout=1.0)
show()


class MyConnection(sqlite3.Connection):
    pass


got = []


def hook2(event, args):
    if event == "sqlite3.connect/handle":
        got.append(args[0])


sys.addaudithook(hook2)
cx3 = sqlite3.connect(":memory:", factory=MyConnection)
print(got[-1] is cx3, type(got[-1]).__name__)
show()

watch[0] = False
with tempfile.TemporaryDirectory() as d:
    watch[0] = True
    tmp.append(d)
    path = os.path.join(d, "events.db")
    cx4 = sqlite3.connect(path)
    cx4.execute("create table t(x)")
    cx4.close()
    show()
    old = os.getcwd()
    os.chdir(d)
    cx5 = sqlite3.connect("events.db")
    print(cx5.execute("select name from sqlite_master").fetchall())
    cx5.close()
    os.chdir(old)
    show()
    watch[0] = False
watch[0] = True

block.append("sqlite3.connect")
try:
    sqlite3.connect(":memory:")
except RuntimeError as e:
    print("RuntimeError", e)
show()
block[:] = ["sqlite3.connect/handle"]
try:
    sqlite3.connect(":memory:")
except RuntimeError as e:
    print("RuntimeError", e)
show()
block.clear()
try:
    sqlite3.connect(b":memory:")
except Exception as e:
    print(type(e).__name__, e)
show()
try:
    sqlite3.connect(42)
except TypeError as e:
    print("TypeError", e)
show()
print(hasattr(sqlite3.Connection, "enable_load_extension"), hasattr(sqlite3.Connection, "load_extension"))
