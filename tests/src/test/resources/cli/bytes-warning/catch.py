import traceback
import warnings
print(warnings.filters[:2])
for expr in ["str(b'x')", "b'x' == 'x'", "bytearray() != ''", "b'x' == 2", "{b'k': 1}.get('k')"]:
    try:
        eval(expr)
        print(expr, 'no error')
    except BytesWarning as e:
        print(expr, repr(e), [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
str(b'last')
print('not reached')
