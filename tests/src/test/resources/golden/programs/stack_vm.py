# A tiny compiler from a toy statement language to a stack-based VM.
class VMError(Exception):
    pass


def compile_program(source):
    code = []
    labels = {}
    loops = []
    for lineno, raw in enumerate(source.strip().splitlines(), 1):
        parts = raw.split("#")[0].split()
        if not parts:
            continue
        op, args = parts[0], parts[1:]
        if op == "set":
            code += compile_expr(args[1:]) + [("store", args[0])]
        elif op == "print":
            code += compile_expr(args) + [("print",)]
        elif op == "while":
            loops.append(len(code))
            code += compile_expr(args) + [("jump_if_false", None)]
        elif op == "end":
            start = loops.pop()
            code.append(("jump", start))
            for i in range(start, len(code)):
                if code[i] == ("jump_if_false", None):
                    code[i] = ("jump_if_false", len(code))
        else:
            raise VMError(f"line {lineno}: unknown statement {op!r}")
    if loops:
        raise VMError("unterminated while")
    return code


def compile_expr(tokens):
    # postfix-free: expressions are "a", or "a op b" with a single operator
    def operand(tok):
        return ("push", int(tok)) if tok.lstrip("-").isdigit() else ("load", tok)
    if len(tokens) == 1:
        return [operand(tokens[0])]
    if len(tokens) == 3:
        return [operand(tokens[0]), operand(tokens[2]), ("binop", tokens[1])]
    raise VMError(f"bad expression {' '.join(tokens)!r}")


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b, "%": lambda a, b: a % b, "<": lambda a, b: int(a < b),
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
}


def run(code, limit=10000):
    stack, env, pc, steps, output = [], {}, 0, 0, []
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        instr = code[pc]
        op = instr[0]
        pc += 1
        if op == "push":
            stack.append(instr[1])
        elif op == "load":
            if instr[1] not in env:
                raise VMError(f"undefined variable {instr[1]}")
            stack.append(env[instr[1]])
        elif op == "store":
            env[instr[1]] = stack.pop()
        elif op == "binop":
            b, a = stack.pop(), stack.pop()
            if instr[1] in "/%" and b == 0:
                raise VMError("division by zero")
            stack.append(OPS[instr[1]](a, b))
        elif op == "print":
            output.append(str(stack.pop()))
        elif op == "jump":
            pc = instr[1]
        elif op == "jump_if_false":
            if not stack.pop():
                pc = instr[1]
    return output, env, steps


PROGRAMS = {
    "factorial": """
        set n 10
        set acc 1
        while 0 < n      # loop until n reaches zero
          set acc acc * n
          set n n - 1
        end
        print acc
    """,
    "fizz": """
        set i 1
        while i < 16
          set r i % 15
          set f i % 5
          print i
          set i i + 1
        end
    """,
    "gcd": """
        set a 1071
        set b 462
        while b != 0
          set t a % b
          set a b
          set b t
        end
        print a
    """,
    "undefined": "print ghost",
    "divzero": "set z 0\nprint 5 / z",
    "forever": "while 1 == 1\nset x 1\nend",
    "bad": "jump 5",
}
for name, src in PROGRAMS.items():
    try:
        code = compile_program(src)
        out, env, steps = run(code)
        print(f"{name}: {len(code)} instrs, {steps} steps -> {' '.join(out)} | vars {sorted(env.items())}")
    except VMError as e:
        print(f"{name}: error: {e}")
listing = compile_program(PROGRAMS["gcd"])
for addr, instr in enumerate(listing):
    print(f"{addr:3d}  {instr[0]:<14}{' '.join(str(a) for a in instr[1:])}".rstrip())
