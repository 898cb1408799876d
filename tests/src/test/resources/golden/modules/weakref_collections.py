# weakref.py's classes over _weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize, KeyedRef
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def method(self):
        return "method %d" % self.n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    wvd[i] = o
print(len(wvd), sorted(wvd.keys()), wvd[2], wvd.get(9, "none"), 3 in wvd)
del o
del objs[1:3]
gc.collect()
print(len(wvd), sorted(wvd.keys()), sorted(wvd.items(), key=lambda kv: kv[0]))
print(wvd.setdefault(7, objs[0]), wvd.pop(7), sorted(wvd))
print(type(wvd.valuerefs()[0]).__name__)

keys = [Obj(10), Obj(11), Obj(12)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 2
print(len(wkd), sorted(wkd.values()), wkd[keys[0]], keys[1] in wkd)
del keys[0]
gc.collect()
print(len(wkd), sorted(wkd.values()), sorted(k.n for k in wkd.keyrefs() and wkd.keys()))

ws = weakref.WeakSet()
members = [Obj(20), Obj(21)]
for m in members:
    ws.add(m)
extra = Obj(22)
ws.add(extra)
print(len(ws), extra in ws, sorted(x.n for x in ws))
del extra
gc.collect()
print(len(ws), sorted(x.n for x in ws))
print(ws == weakref.WeakSet(members), ws | weakref.WeakSet([members[0]]) == ws)

o = Obj(30)
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method, weakref.WeakMethod(o.method) == wm)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)


def on_finalize(tag):
    print("finalized", tag)
    return tag


target = Obj(40)
f = weakref.finalize(target, on_finalize, "first")
print(f.alive, f.peek()[1:] == (on_finalize, ("first",), {}))
print(f(), f.alive, f())
target2 = Obj(41)
f2 = weakref.finalize(target2, on_finalize, "second")
del target2
gc.collect()
print(f2.alive)
f3 = weakref.finalize(Obj(42) if False else o, on_finalize, "at exit")
f4 = weakref.finalize(o, on_finalize, "detached")
print(f4.detach()[2:], f4.alive)

kr = weakref.KeyedRef(o, None, "key")
print(kr.key, kr() is o)
p = weakref.proxy(o)
print(p.method(), isinstance(p, weakref.ProxyTypes))
print("end of program")
