# Arity and keyword errors of builtins in the wording of CPython 3.11's C argument parsers (Argument Clinic's
# _PyArg_UnpackKeywords, PyArg_ParseTuple, _PyArg_CheckPositional), and other messages checked against python3
tests = ['"a".count()','"a".find()','"a".count(1,2,3,4)','"a".find("a", x=1)', 'bytearray().count()', '"a".split(1,2,3)', '"a".split(x=1)', '"a".split(1, sep=2)', 'sorted([], 1)', 'sorted(x=1)', 'open(file="x", bad=1)', 'import os; os.stat()', 'int.from_bytes()', '"a".splitlines(1,2)', '[].sort(key=1, x=2)', 'print(1, sepx=2)', 'import os; os.open()', 'import os; os.open("x", 1, 2, 3, 4)','"a".encode(x=1, y=2, z=3)', 'dict.fromkeys(1,2,3)', '{}.get()', '"a".expandtabs(1,2)', 'import json; json.dumps()', 'max()', 'min(1, key=1, x=2)', 'compile()', 'compile("1")', 'round()', 'int.to_bytes(1, 1, 2, 3)', 'import os; os.listdir(1, 2)', 'import os; os.getcwd(1)']
for t in tests:
  try: exec(t)
  except Exception as e: print(t, '->', e)
more = ['open()', 'eval("1", 5)', 'eval("1", {}, 5)', 'exec("1", [])', '"abc".count()', '[].sort(1)', '{}.fromkeys()',
        'int.__new__(str)', 'float.__new__(int)', 'tuple.__new__(str)', 'BaseException.__new__(int)', 'int.__new__(5)',
        '__import__("os", level=-1)', '__import__("x", 5, None, None, 1)', 'exec("from . import x", {})',
        'exec("from . import x", {"__name__": 5})', 'exec("from . import x", {"__package__": 5})',
        'exec("from .. import x", {"__name__": "a.b"})', 'exec("from . import x", {"__name__": "top"})']
for t in more:
    try:
        exec(t)
    except Exception as e:
        print(t, '->', type(e).__name__, repr(str(e)))
