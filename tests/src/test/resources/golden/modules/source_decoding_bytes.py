# compile()/exec()/eval() of bytes and imported modules decode their source as
# CPython's tokenizer decodes a string: BOM, PEP 263 coding declaration on line
# 1 or 2, UTF-8 otherwise (bytes that are not UTF-8 fail where a token needs
# them decoded), NUL bytes refused before anything else.
import os
import sys
import tempfile

CASES = [
    b"\xef\xbb\xbfx = 'bom'\n",
    b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n",
    b"#!/usr/bin/env python\n# vim: set fileencoding=latin_1 :\nx = '\xb5'\n",
    b"x = 1\n# coding: latin-1\nx = '\xe9'\n",
    b"# coding: cp1252\nx = '\x80'\n",
    b"# coding=utf8\nx = '\xc3\xa9'\n",
    b"# coding: utf-8-sig\nx = 'sig'\n",
    b"x = 'ok'  # comment \xe9 \xff\n",
    b"x = '\xe9'\n",
    b"x = 'a\xe9'\ny = 2\n",
    b"x = '\xe9abc' + 1\n",
    b"x = r'\x80'\n",
    b"x = f'\xe9'\n",
    b"x = b'\xe9'\n",
    b"\xe9 = 1\n",
    b"ab\xe9 = 1\n",
    b"x = '\\n\xe9\xe9'\n",
    b"print('\xe9')\n",
    b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    b"# coding: no-such-codec\nx = 1\n",
    b"# coding: ascii\nx = '\xe9'\n",
    b"x = 1\x00\n",
    b"x = 1 + \\\n",
    b"x = 1\n\\\n",
]


def show(tag, e):
    print(" ", tag, type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text),
          e.end_lineno, e.end_offset)


for i, src in enumerate(CASES):
    print(i, ascii(src))
    try:
        ns = {}
        exec(compile(src, "<bytes>", "exec"), ns)
        print("  compile:", ascii(ns.get("x")))
    except SyntaxError as e:
        show("compile", e)
    try:
        ns = {}
        exec(src, ns)
        print("  exec:", ascii(ns.get("x")))
    except SyntaxError as e:
        show("exec", e)

print(eval(b"  '\xc3\xa9'"), ascii(eval(b"# coding: latin-1\n'\xe9'")))
try:
    eval(b"'a'\x00")
except SyntaxError as e:
    print(e.msg, e.args)
ns = {}
exec(compile("x = 'caf\u00e9'", "<str>", "exec"), ns)
print(ascii(ns["x"]))
try:
    compile("x = 1\x00", "<str>", "exec")
except SyntaxError as e:
    print(e.msg, e.args)

# imported modules: importlib compiles the file's bytes
d = tempfile.mkdtemp()
sys.path.insert(0, d)
MODULES = {
    "m_bom": b"\xef\xbb\xbfvalue = 'bom'\n",
    "m_latin1": b"# -*- coding: latin-1 -*-\nvalue = 'caf\xe9'\n",
    "m_line2": b"\n# coding: cp1252\nvalue = '\x93q\x94'\n",
    "m_comment": b"value = 'comment'  # \xe9\n",
    "m_bad": b"import sys\nvalue = 'caf\xe9'\n",
    "m_nul": b"value = 1\x00\n",
    "m_unknown": b"# coding: nope\nvalue = 1\n",
    "m_bom_latin1": b"\xef\xbb\xbf# coding: latin-1\nvalue = 1\n",
}
for name, data in MODULES.items():
    with open(os.path.join(d, name + ".py"), "wb") as fh:
        fh.write(data)
for name in MODULES:
    try:
        m = __import__(name)
        print(name, ascii(m.value))
    except SyntaxError as e:
        print(name, type(e).__name__, repr(e.msg), os.path.basename(e.filename or ""), e.lineno, e.offset,
              repr(e.text), e.end_offset)

# with a hook: the compile event has the bytes as given
sys.addaudithook(lambda ev, args: print("event", ev, ascii(args[0])) if ev == "compile" else None)
exec(b"# coding: latin-1\ny = '\xe9'\n", {})
try:
    exec(b"# coding: nope\n", {})
except SyntaxError as e:
    print(e.msg)
try:
    exec(b"\x00", {})
except SyntaxError as e:
    print(e.msg)
