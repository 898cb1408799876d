# SyntaxErrors of match statements (parser and compiler), with CPython's message and position.
sources = [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case y | 1:\n        pass\n",
    "match x:\n    case (y):\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y as z:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a as a:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a, *b] | [*b]:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {'s': a, 's': b}:\n        pass\n",
    "match x:\n    case {1: a, True: b}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case a as _:\n        pass\n",
    "match x:\n    case {a: 1}:\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case (*a):\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match *x:\n    case 1:\n        pass\n",
    "match x:\n    case f(1).y:\n        pass\n",
    "match x:\n    case {'a': 1, **rest, 'b': 2}:\n        pass\n",
    "match x:\n    case f'a':\n        pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case 1 if y:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case _ if y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [_, *_] | {}:\n        pass\n",
    "match = 1\ncase = 2\nmatch(case)\n",
]
for s in sources:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
