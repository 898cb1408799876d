# The array module: type codes and their conversions (CPython's OverflowError/TypeError per type), initializers
# (list, iterable, str for 'u', bytes, another array), sequence operations, bytes in the machine's layout, pickling,
# and the array.__new__ audit event with (typecode, initializer or None).
import array
import copy
import pickle
import sys


def hook(event, args):
    if event.startswith("array."):
        print(event, tuple(type(a).__name__ if type(a).__name__ == "generator" else a for a in args))


sys.addaudithook(hook)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 2**15), ('h', -2**15 - 1), ('H', 2**16), ('H', -1),
              ('i', 2**31), ('i', -2**31 - 1), ('I', 2**32), ('I', -1), ('l', 2**63), ('L', 2**64), ('L', -1), ('q', 2**63),
              ('Q', 2**64), ('Q', -1), ('b', 10**30), ('I', 10**30), ('i', 1.5), ('i', 'x'), ('d', 'x'), ('d', 10**400),
              ('u', 1), ('u', 'ab'), ('f', 1e300), ('f', 0.1), ('d', True), ('B', 255), ('q', -2**63)]:
    print(tc, v if abs(v if not isinstance(v, str) else 0) < 10**20 else 'big', end=' ')
    t(lambda: array.array(tc, [v]))
t(lambda: array.array('z'))
t(lambda: array.array(5))
t(lambda: array.array('ii'))
t(lambda: array.array(typecode='i'))
t(lambda: array.array('i', 'abc'))
t(lambda: array.array('i', array.array('u', 'x')))
t(lambda: array.array('d', array.array('i', [1, 2])))
t(lambda: array.array('i', b'\x01\x00\x00'))
t(lambda: array.array('i', 5))
t(lambda: array.array('i', (x for x in range(3))))
t(lambda: array.array('u', 'hi').tounicode())
a = array.array('i', [1, 2, 3])
t(lambda: a + array.array('d'))
t(lambda: a + [1])
t(lambda: a.index(9))
t(lambda: a.remove(9))
t(lambda: array.array('i').pop())
t(lambda: a[10])
t(lambda: a.__setitem__(slice(0, 2), [1]))
t(lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [1])))
t(lambda: a.__setitem__(0, 2**31))
t(lambda: a.fromunicode('x'))
t(lambda: a.tounicode())
t(lambda: a.frombytes(b'\x01'))
t(lambda: a * 'x')
t(lambda: a < array.array('d', [1.0, 2.0, 4.0]))
t(lambda: a == array.array('d', [1.0, 2.0, 3.0]))
t(lambda: a == [1, 2, 3])
t(lambda: a.__getitem__('x'))
t(lambda: array.typecodes)
t(lambda: a.buffer_info()[1])
t(lambda: [array.array(c).itemsize for c in array.typecodes])
t(lambda: a.extend([1, 'x']))
t(lambda: a)
t(lambda: a.extend(array.array('d')))
t(lambda: a.insert(100, 7) or a)
t(lambda: a.insert(-100, 8) or a)
t(lambda: (a.count(1), len(a), 7 in a, list(reversed(a)), a[1:3], a[::-2], a[-1]))
a = array.array('i', [3, 1, 2])
del a[0]
print(a)
del a[::2]
print(a)
a[0:0] = array.array('i', [5, 6])
a += array.array('i', [9])
a *= 2
print(a, 2 * array.array('b', [1]))
print(array.array('h', [1, 256]).tobytes(), array.array('h', b'\x01\x00\x02\x00'), array.array('u', 'hé').tobytes())
b = array.array('h', [1, 256])
b.byteswap()
print(b, sorted([array.array('b', [2]), array.array('b', [1])]), array.array('u', 'ab').tolist(), array.array('d', [1, 2]).tolist())
c = array.array('i', [1])
print(copy.copy(c), copy.deepcopy(c) == c, pickle.loads(pickle.dumps(c)), pickle.loads(pickle.dumps(array.array('u', 'xy'), 2)))
print(c.__reduce_ex__(4)[1][1:], c.__reduce_ex__(2)[1])


class A(array.array):
    pass


print(repr(A('i', [1])), type(A('i') + A('i')).__name__, repr(array.array('u')), repr(array.array('f')))
print(array.ArrayType is array.array, array.array.__module__, array.array.__name__, type(a).__name__)
f = array.array('d', [0.5, 0.25])
f.fromlist([1, 2])
print(f, f.pop(), f.pop(0), f)
class A(array.array):
    def __init__(self, *a, **k): print('init', a, k)
print(A('d', [1.0], foo=1))
for f in (lambda: array.array('d', [1.0], foo=1), lambda: array.array('u', array.array('i', [65])), lambda: array.array('u', array.array('i')),
          lambda: array.array('i', array.array('u', 'x')), lambda: array.array('i', [1])[2**100], lambda: array.array('i', [1]).__setitem__(2**100, 1),
          lambda: array.array('i', [1]).__delitem__(-2**100), lambda: array.array('b', None)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
