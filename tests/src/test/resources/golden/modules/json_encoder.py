# json.dumps over the accelerator's encoder (_json.make_encoder) and the Python one (indent): types and subclasses,
# keys, sorting, separators, NaN, circular references, default, recursion limits, the int digit limit
import json, collections
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class S(str): pass
class L(list): pass
class D(dict):
    def items(self): return [('z', 1), ('y', 2)]
class E(int): pass
class FE(float): pass
class O: pass
def show(*a, **k):
    try:
        print(repr(json.dumps(*a, **k))[:200])
    except Exception as e:
        print(type(e).__name__, str(e)[:150])
show([1, 2.5, 'a', None, True, False, [], {}, (), [[]], {'a': {}}])
show({'b': 1, 'a': [1, {'c': None}]}, sort_keys=True)
show({1: 'a', 'b': 2}, sort_keys=True)
show({1: 'a', 2.5: 'b', True: 'c', None: 'd', -3: 'e', 1e20: 'f', float('inf'): 'g'})
show({(1, 2): 'x'})
show({(1, 2): 'x', 'k': 1}, skipkeys=True)
show({'a': O()})
show(O(), default=lambda o: ['dflt', 1])
show([float('nan'), float('inf'), -float('inf'), 1e300, 0.1, -0.0, 1e16, 123456789.0])
show(float('nan'), allow_nan=False)
show([1, float('inf')], allow_nan=False)
show({float('nan'): 1}, allow_nan=False)
show([I(5), F(2.5), S('s'), L([1]), D(a=1), E(1), FE(1.5), collections.OrderedDict([('q', 1)])])
show({I(5): 1, F(2.5): 2, S('k'): 3, E(1): 4})
show(D(a=1), sort_keys=True)
show(D())
x = []; x.append(x)
show(x)
y = {}; y['y'] = y
show(y)
show(x, check_circular=False)
z = O()
show(z, default=lambda o: z)
show(z, default=lambda o: [o])
show([1, 2, {'a': 3}], separators=(',', ':'))
show([1, 2, {'a': 3}], separators=(' , ', ' : '))
show([1, {'a': [2]}], indent=2)
show(['é', '😀', 'a"b\\c\n', '\x00'])
show(['é', '😀'], ensure_ascii=False)
show({'é': 1}, ensure_ascii=False)
show(10 ** 30)
show(-(10 ** 5000))
show({'k': 10 ** 5000})
show(iter([1]))
show({'a': 1}.keys())
show([[[[[[[[[[1]]]]]]]]]])
d = {}
cur = d
for i in range(5000):
    cur['a'] = {}
    cur = cur['a']
show(d)
l = []
cur = l
for i in range(5000):
    cur.append([])
    cur = cur[0]
show(l)
enc = json.JSONEncoder(sort_keys=True)
print(enc.encode({'b': 1, 'a': 2}), list(enc.iterencode([1, 'x', {'k': None}])))
print(json.dumps({'b': [1, 2], 'a': 'x'}, default=str, separators=(',', ':'), sort_keys=True))
class Weird(json.JSONEncoder):
    def default(self, o):
        return {'set': sorted(o)}
print(json.dumps({'s': {3, 1, 2}}, cls=Weird))
print(json.dumps([True, False, None, 0, -1, 1.0, 'x'] * 3))
# the Python encoder (indent) calls int.__repr__, which keeps the digit limit too
show([10 ** 5000], indent=1)
try:
    int.__repr__(10 ** 5000)
except ValueError as e:
    print(e)
