# A tokenizer and recursive-descent calculator with variables and functions.
import math


class CalcError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            tokens.append(("num", float(lexeme) if "." in lexeme else int(lexeme)))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i]))
        elif text.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, env):
        self.env = env

    def parse(self, text):
        self.tokens = tokenize(text)
        self.pos = 0
        if self.peek() == ("name", self.tokens[0][1]) and self.tokens[1] == ("op", "="):
            name = self.advance()[1]
            self.advance()
            value = self.expr()
            self.expect("end")
            self.env[name] = value
            return f"{name} = {value}"
        value = self.expr()
        self.expect("end")
        return value

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.advance()[1]
            rhs = self.unary()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def unary(self):
        if self.peek() == ("op", "-"):
            self.advance()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.advance()
            return base ** self.unary()
        return base

    def atom(self):
        kind, value = self.advance()
        if kind == "num":
            return value
        if kind == "name":
            if self.peek() == ("op", "("):
                self.advance()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.advance()
                    args.append(self.expr())
                self.expect("op", ")")
                if value not in self.FUNCS:
                    raise CalcError(f"unknown function {value}")
                return self.FUNCS[value](*args)
            if value not in self.env:
                raise CalcError(f"undefined variable {value}")
            return self.env[value]
        if (kind, value) == ("op", "("):
            inner = self.expr()
            self.expect("op", ")")
            return inner
        raise CalcError(f"unexpected token {value!r}")


session = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4 + 7 % 3",
    "x = 5", "y = x * 2 + 1", "x * y", "sqrt(16) + abs(-3)", "max(1, x, y) - min(4, 2)",
    "floor(7.9) + 0.5", "1 / 0", "3 + ", "z + 1", "4 $ 4", "(1 + 2", "foo(1)", "2 ** 100",
]
calc = Parser({"pi": 3.14159})
for line in session:
    try:
        print(f"{line:<24} => {calc.parse(line)}")
    except CalcError as e:
        print(f"{line:<24} !! {e}")
print("variables:", sorted(calc.env.items()))
