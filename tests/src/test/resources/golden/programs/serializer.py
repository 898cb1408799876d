# A hand-written JSON-like serializer, pretty printer and parser.
class ParseError(Exception):
    pass

def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        items = [dumps(v, indent, level + 1) for v in value]
        return wrap("[", "]", items, indent, level)
    if isinstance(value, dict):
        items = [f"{escape(str(k))}: {dumps(v, indent, level + 1)}" for k, v in value.items()]
        return wrap("{", "}", items, indent, level)
    raise TypeError(f"cannot serialize {type(value).__name__}")

def wrap(open_, close, items, indent, level):
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (level + 1))
    return open_ + "\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * level) + close

class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0
    def error(self, msg):
        raise ParseError(f"{msg} at offset {self.i}")
    def skip(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t\r":
            self.i += 1
    def parse(self):
        value = self.value()
        self.skip()
        if self.i != len(self.text):
            self.error("trailing data")
        return value
    def value(self):
        self.skip()
        if self.i >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.i]
        if ch == "{":
            return self.container("}", True)
        if ch == "[":
            return self.container("]", False)
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        token = self.text[start:self.i]
        if not token:
            self.error(f"unexpected {ch!r}")
        return float(token) if any(c in token for c in ".eE") else int(token)
    def container(self, close, is_dict):
        self.i += 1
        result = {} if is_dict else []
        self.skip()
        if self.text[self.i:self.i + 1] == close:
            self.i += 1
            return result
        while True:
            if is_dict:
                self.skip()
                key = self.string()
                self.skip()
                if self.text[self.i:self.i + 1] != ":":
                    self.error("expected ':'")
                self.i += 1
                result[key] = self.value()
            else:
                result.append(self.value())
            self.skip()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == close:
                return result
            if ch != ",":
                self.error(f"expected ',' or {close!r}")
    def string(self):
        if self.text[self.i:self.i + 1] != '"':
            self.error("expected string")
        self.i += 1
        out = []
        escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
        while self.text[self.i] != '"':
            ch = self.text[self.i]
            if ch == "\\":
                nxt = self.text[self.i + 1]
                if nxt == "u":
                    out.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(escapes[nxt])
                self.i += 2
            else:
                out.append(ch)
                self.i += 1
        self.i += 1
        return "".join(out)

doc = {"name": "Widget \"Pro\"", "price": 12.5, "tags": ["a", "b\tc"], "stock": None,
       "active": True, "dims": {"w": 3, "h": 4.25, "unit": "cm"}, "empty": [], "note": "caf\u00e9\n",
       "ratio": 1 / 3, "big": 2 ** 70, "neg": -0.0}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2))
back = Parser(compact).parse()
print("round trip equal:", back == doc)
print(Parser(' { "x" : [1, 2.5e3, -7, {"y": false}] , "z": "\\u0041" } ').parse())
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "tru", '{"a": 1} x', ""]:
    try:
        Parser(bad).parse()
    except (ParseError, IndexError) as e:
        print(f"{bad!r:>12}: {type(e).__name__}: {e}")
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
