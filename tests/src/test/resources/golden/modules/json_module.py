# json: CPython's own pure-Python package (encoder, decoder, scanner) on auditpy's re, without the _json
# accelerator: dumps/loads round trips, formatting options, errors with their positions, hooks.
import json
from collections import OrderedDict

data = {"name": "auditpy", "tags": ["a", "b"], "n": 3, "f": 2.5, "none": None, "t": True, "nested": {"x": [1, 2, {"y": "z"}]}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2, 3], indent="\t"))
print(json.dumps("h\u00e9llo \u2713 \U0001F600 \"q\" \\ \n\t\x01"))
print(json.dumps("h\u00e9llo \u2713", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf"), 1e300, 0.1, -0.0, 10**20]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __str__(self):
        return "1.50 EUR"


print(json.dumps({"d": Money()}, default=str))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)

print(json.loads('{"a": [1, 2.0, -3e2, "x\\u00e9\\ud83d\\ude00", null, true, false], "b": {}}'))
print(json.loads("  [1, 2]  "))
print(json.loads(b'{"bytes": 1}'))
print(json.loads('"\\n\\t\\"\\\\\\/"'))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1.5}', parse_float=lambda s: ("F", s)))
print(json.loads('[1, 2]', parse_int=lambda s: int(s) * 10))
print(json.loads('{"k": "v"}', object_hook=lambda d: sorted(d.items())))
for bad in ['', '[1, 2', '{"a" 1}', '[1,]', '{"a": 1,}', 'tru', '"abc', '[1] x', '{1: 2}', '"\\x"', '01', '\n\n  [1, }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(3)
except TypeError as e:
    print("TypeError:", e)

import io
buf = io.StringIO()
json.dump({"a": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
print(json.load(io.StringIO('{"z": [true]}')))
print(json.JSONDecoder().raw_decode('[1, 2] rest'))
print(list(json.JSONEncoder(indent=None).iterencode({"a": [1, 2]})))
