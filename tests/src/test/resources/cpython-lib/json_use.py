"""json as a program uses it, run by CPythonLibTest under python3 (its json with the C accelerator _json) and under
./auditpy (the json package it ships: CPython's pure-Python encoder and decoder, with the C accelerator's messages
where the two differ). The installed CPython's Lib directory is the last entry of sys.path (argv[1]), after the
shipped library, as in the other programs of this folder."""
import sys
sys.path.append(sys.argv[1])
import json

data = {"name": "auditpy", "version": [0, 1], "ok": True, "none": None, "pi": 3.25, "big": 12345678901234567890,
        "nested": {"list": [1, [2, [3, {"deep": "x"}]]], "empty": {}, "empty_list": []},
        "text": "quote \" backslash \\ newline \n tab \t unicode é € \U0001F600 control \x01"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ": "), ensure_ascii=False))
print(json.dumps([1, 2, {"a": 1}], separators=(",", ":")), json.dumps("é€"), json.dumps("é€", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}), json.dumps([float("inf"), float("-inf")]))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0), json.dumps([], indent=4), json.dumps({}, indent=4))

text = json.dumps(data)
back = json.loads(text)
print(back == data, back["text"] == data["text"], type(back["big"]).__name__, back["nested"]["list"][1][1][1])
print(json.loads('  {"a" : [1, 2.5e3, -0.5, 1E-2, true, false, null, "\\u00e9\\ud83d\\ude00\\n"]}  '))
print(json.loads("[1, 2]", parse_int=str), json.loads('{"x": 1.5}', parse_float=lambda s: "F" + s), json.loads("NaN") != json.loads("NaN"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[{"k": "v"}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('"\\"quoted\\""'), json.loads("123"), json.loads(b'{"bytes": 1}'))

for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru", '"unterminated', '[1] x', '{"a": 1}\n  junk', "[01]", '{"a":\n  }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps([Point(1, 2)], cls=PointEncoder), json.dumps(Point(3, 4), default=lambda o: [o.x, o.y]))
try:
    json.dumps(Point(0, 0))
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    # the message of CPython's C encoder (_json) lacks the ': nan' of the pure-Python one that auditpy runs
    print("ValueError", str(e).startswith("Out of range float values are not JSON compliant"))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError", e)
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"from": "file"}')))
