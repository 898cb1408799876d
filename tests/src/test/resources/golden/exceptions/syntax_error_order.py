# Which error comes first when the parser and the tokenizer both find one (pegen_errors.c), indentation
# errors met only when the parser gets there, unclosed brackets, and a match statement without its colon
SOURCES = [
    'if 1:\n\t x=1\n\t y=2\n\t    x=1\n\tx=1\nx=1\n',
    'if 1:\n    \tif 1:\n    \tif 1:\n\t x=1\n  y=2\nx=1\n',
    'if 1:\n  \t  x=1\ny=2\n\t\ty=2\n\t y=2\nx=1\n',
    'if 1:\nif 1:\n  \t  y=2\n\t    if 1:\n\t    if 1:\nx=1\n',
    'x=0\nif 1:\n  x=1\n    2)\n    \telse:\nx y\n\t for i in []:\n\t\tmatch x\nx=1\n',
    'x=0\nif 1:\n\t match x:\n\t y=(1,\n\t    y=(1,\nx=1\n',
    'x=0\nif 1:\n \ty=(1,\n  y=(1,\n\tmatch x:\n \tdef f():\nx=1\n',
    'x=0\nif 1:\n    \tz = [\nz = [\nx=1\n',
    'x=0\nif 1:\n\t    z = [\nz = [\n  if 1:\n  def f():\n  else:\nx=1\n',
    'x=0\nif 1:\n  match x:\n  def f():\nx=1\n',
    'x=0\nif 1:\n  match x:\n  pass\n    if 1:\n \tmatch x:\n\t    x y\n\t    else:\nx=1\n',
    'x=0\nif 1:\n    \tif 1:\nx=1\nx=1\n',
    'x=0\nif 1:\n\t for i in []:\ndef f():\nreturn\nx=1\n',
    'x=0\nif 1:\n    if 1:\n        match x:\n    def f():\n\t    match x:\n\t else:\n\t def f():\nx=1\n',
    'x=0\nif 1:\n  pass\n\t    2)\n\tmatch x:\nx=1\n',
    'x=0\nif 1:\n \tfor i in []:\nx y\nx=1\n',
    'x=0\nif 1:\n    z = [\n  y=(1,\nx=1\n',
    "x=0\n \t}\n    \ts = 'abc\n\t\tx=1\nx=1\n",
    "x=0\n    \t0777\n\t    y=(1,\n\t    s = 'abc\n\t\t}\n\t s = 'abc\n \t0777\n \tfor i in []:\nx=1\n",
    'x=0\nreturn\n    \t1_000_\n \tcase 1:\n \tcase 1:\n  x y\nx=1\n',
    'x=0\nif 1:\n\t y=(1,\n  for i in []:\n    match x:\n        def f():\n \tz = [\n    z = [\nx=1\n',
    'z = [\nz = [\nx=1\n',
    'z = [\nx=1\n',
    'z = (1,\ny=(1,\n',
    'z = [\n\nz = [\n',
    'f(a,\nb = 2\nc = 3\n',
    'z = [x\nz = 3\n',
    'if 1:\n  if 1:\nx=1\n',
    'if 1:\n    if 1:\n  x=1\n',
    'while 1:\n  for x in y:\nz\n',
    'x = 1\nmatch x\n    case 1: pass\n',
    'match x, y\n    case 1: pass\n',
    'match (x)\n',
    'match = 3\nmatch x\n',
    'if 1:\n  match x:\n  def f(): pass\n',
    'if 1:\n\tx = 1\n        y = 2\n',
    'if 1:\n    x = 1\n\ty = 2\n    print(1 2)\n',
    'if 1:\n    print(1 2)\n\ty = 2\n',
]
for s in SOURCES:
    try:
        compile(s, "<case>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
