# pickle's errors in the wording of CPython 3.11's _pickle (which python3 uses instead of pickle.py's classes)
import pickle

def f():
    def g():
        pass
    return g

for obj in (lambda: 0, f()):
    try:
        pickle.dumps(obj)
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0], "|", str(e).split(">: ")[-1])
for data in (b'garbage', b'', b'x', b'\xff', b"'", b'g1\n', b'I1\n', b'I', b'(I1\nI2\n'):
    try:
        pickle.loads(data)
    except Exception as e:
        print(data, type(e).__name__, e)
print(pickle.loads(pickle.dumps([1, 'a', (2.5, None)], 0)), pickle.loads(pickle.dumps({'k': [1]}, 2)))
