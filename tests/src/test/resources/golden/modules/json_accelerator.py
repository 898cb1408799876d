# json over its accelerator (_json: scanstring, the scanner, the string encoders): values, errors with their
# messages and positions (astral strings too), hooks, recursion limits, and the functions called directly
import json, json.decoder, json.scanner, sys
from collections import OrderedDict
cases = [
    '', ' ', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[,1]', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{,}',
    '{"a" 1}', '{1:2}', "{'a':1}", '"abc', '"ab\\', '"a\\x"', '"\\u12"', '"\\u12', '"\\u123g"', '"\\ud83d"', '"\\ud83d\\u"',
    '"\\ud83d\\ude0"', '"\\ud83d\\ude00"', '"\\ud83dx"', '"\\ud83d\\u0041"', '"\\ud83d\\ud83d\\ude00"', '"a\tb"', '"a\nb"',
    '"\x00"', '"\x1f"', '"\x7f"', 'nul', 'null', 'nulll', 'tru', 'true', 'True', 'fals', 'false', 'NaN', 'Nan', 'Infinity',
    '-Infinity', '-Inf', 'Infinit', '-', '--1', '-0', '-01', '01', '1.', '1.e5', '1e', '1e+', '1e5', '1E-5', '1.5e+3', '.5',
    '0.0', '-0.0', '1' * 30, '1' * 5000, '123456789012345678', '1234567890123456789', '-123456789012345678',
    '1e400', '-1e400', '[1 2]', '{"a":1 "b":2}', '[]', '{}', '[ ]', '{ }', ' [ 1 , 2 ] ', '\n{\n"a"\n:\n[\n]\n}\n',
    '[1]x', '"x" "y"', '{"a":1}}', '\ufeff[1]', '"😀"', '["😀", 1, "\\u00e9"]', '["😀" 1]', '["😀", ]', '"😀\x01"',
    '[' * 50 + ']' * 50, '{"a":{"b":{"c":[1,{"d":null}]}}}', '[1e5, 1E+5, 1e-05, 0.1, 100, -7]', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
    '{"a":1, "a":2}', '[true,false,null]', '[NaN, Infinity, -Infinity]', '"\\uD83D\\uDE00"', '"\\UD83D"',
]
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c)[:60], '->', repr(r)[:100])
    except json.JSONDecodeError as e:
        print(repr(c)[:60], 'JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(c)[:60], type(e).__name__, str(e)[:100])
print(json.loads('{"b": 1, "a": [1, 2]}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, NaN, 10000000000000000000000]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s))
print(json.loads('"a\tb"', strict=False), json.loads('["a\nb"]', strict=False))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.loads('{"a":' * 100000 + '1' + '}' * 100000)
except RecursionError as e:
    print('RecursionError', e)
sc = json.decoder.scanstring
for args in [('"abc"', 1), ('abc"', 0), ('x\\u0041y"', 0), ('"a', 1), ('"abc"', 10), ('"abc"', -1), ('"a\x01"', 1, False), ('"😀é"', 1), ('😀"é"', 2)]:
    try:
        print(args, sc(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for bad in [(b'"abc"', 1), ('"abc"', '1'), ('"abc"', 1.0)]:
    try:
        sc(*bad)
    except Exception as e:
        print(type(e).__name__, e)
d = json.JSONDecoder()
s = d.scan_once
print(type(s).__name__, type(s).__module__)
for args in [('[1,2] x', 0), ('x [1]', 2), ('😀 [1, "😀"] 7', 2), ('[1]', 3), ('[1]', 5), ('[1]', -1), ('  ', 1)]:
    try:
        print(args, s(*args))
    except StopIteration as e:
        print(args, 'StopIteration', e.value)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    s(b'[1]', 0)
except TypeError as e:
    print(e)
print(d.raw_decode('😀'[:0] + '{"k": "😀"}  tail'), d.raw_decode('[1, 2]'))
class S(str): pass
try:
    json.loads(S('[1, x]'))
except json.JSONDecodeError as e:
    print(type(e.doc).__name__, e)
E = json.encoder
for f in (E.encode_basestring_ascii, E.encode_basestring):
    print(f.__module__, f('plain'), ascii(f('q"b\\s/\b\f\n\r\t\x00\x1f\x7f é€😀\ud800')), f(S('sub')))
    try:
        f(1)
    except TypeError as e:
        print(e)
print(json.dumps(['é', '😀', 'a\nb']), json.dumps(['é', '😀'], ensure_ascii=False), json.dumps({"k\x01": "v"}))
import _json
print(sorted(n for n in dir(_json) if not n.startswith('_') and n != 'make_encoder'))
