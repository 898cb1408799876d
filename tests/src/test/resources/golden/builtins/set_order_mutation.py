# Deletions leave dummy slots that later additions reuse; pop() resumes where the last pop stopped;
# all as CPython's set table does it.
s = {1}
s.add(9); s.add(17); s.add(25)
print(s)
s.discard(9); s.discard(17)
print(s)
s.add(33)
print(s)
s.add(41)
print(s)

# dummies reused by re-adding, then a resize dropping them
s = set(range(0, 64, 4))
for x in range(0, 64, 8):
    s.remove(x)
print(s)
for x in (64, 128, 0, 8, 200, 72):
    s.add(x)
    print(list(s))
for x in range(1000, 1040):
    s.add(x)
print(s)

# pop() from the front, interleaved with adds and discards
p = set(range(10, 30))
print([p.pop() for _ in range(5)], p)
p.add(5); p.add(10); p.add(11)
print([p.pop() for _ in range(4)], p)
p.discard(20)
p.update(range(40, 45))
print([p.pop() for _ in range(6)], p)
p.clear()
p.update([3, 2, 1])
print(p.pop(), p)
q = set()
for i in range(200):
    q.add(i * i % 503)
order = []
while q:
    order.append(q.pop())
    if len(order) % 50 == 0:
        q.add(len(order))
print(order)
try:
    q.pop()
except KeyError as e:
    print('KeyError', e)

# remove/discard/in with a set key look for the equal frozenset
fs = {frozenset({1, 2}), frozenset(), 3}
print({1, 2} in fs, set() in fs, {5} in fs)
fs.discard({1, 2})
print(fs)
fs.remove(set())
print(fs)
try:
    fs.remove({9})
except KeyError as e:
    print('KeyError', e)
try:
    fs.add({1})
except TypeError as e:
    print('TypeError', e)
try:
    [] in fs
except TypeError as e:
    print('TypeError', e)

# changing the size while iterating
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e, sorted(t))
t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print('RuntimeError', e, t)
it = iter({5, 6})
print(next(it), list(it), list(it))

# repr of nested and recursive structures
n = {frozenset({3, 1}), frozenset(), (2, frozenset({9, 8}))}
print(n)
print(frozenset({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}))
print([{2, 1}, {3: {5, 4}}], ({7, 6},))
print(set(), frozenset(), repr(set()), str(frozenset([2, 1])))

class R:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return 'R(%r)' % (self.s,)
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, R) and self.s is other.s

r = set()
r.add(R(r))
print(r)

# equality and hashing of frozensets ignore order
x = frozenset([1, 2, 3, 100, -5])
y = frozenset([-5, 100, 3, 2, 1])
print(x == y, hash(x) == hash(y), x == {1, 2, 3, 100, -5}, {x: 'a'}[y], len({x, y}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1, 2]) != frozenset([1, 3]))
