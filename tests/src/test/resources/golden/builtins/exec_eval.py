# exec, eval, compile, globals, locals.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
code = compile("y = 40 + 2", "<string>", "exec")
exec(code, ns)
print(ns["y"], type(code).__name__, code.co_filename)
expr = compile("z * 3", "<expr>", "eval")
print(eval(expr, {"z": 7}))
single = compile("print('single mode', 1 + 1)", "<single>", "single")
exec(single)
g = globals()
print(type(g).__name__, "__name__" in g, g["__name__"])
def show_locals(p, q=2):
    r = p + q
    return sorted(locals().items())
print(show_locals(1))
module_var = "visible"
print(eval("module_var"), eval("module_var.upper()", {"module_var": "shadow"}))
loc = {"k": 3}
exec("k += 1\nm = k * 10", {}, loc)
print(loc)
print(eval("len(s)", {"s": "abcd"}), eval("abs(-3)", {}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
r = exec("1 + 1")
print(r)
exec("global created_by_exec\ncreated_by_exec = 'yes'")
print(created_by_exec)
print(eval("  7  "), eval("(1,\n 2)"))
