# The "exec" event: raised with the code object for exec/eval of code objects
# and of strings; ordinary function calls raise nothing.
import sys

def hook(event, args):
    if event in ("compile", "exec"):
        if event == "exec":
            code = args[0]
            print(event, type(code).__name__, repr(code.co_filename), repr(code.co_name))
        else:
            print(event, repr(args[0]), repr(args[1]))

sys.addaudithook(hook)
code = compile("result = 40 + 2", "<prog>", "exec")
print("-- exec(code)")
ns = {}
exec(code, ns)
print("result:", ns["result"])
print("-- eval(code)")
expr = compile("len('abcd')", "<expr>", "eval")
print(eval(expr))
print("-- exec(string)")
exec("print('inside exec string')")
print("-- eval(string) with globals")
print(eval("a + b", {"a": 1, "b": 2}))
print("-- function calls and lambdas raise no exec event")
def f():
    return "called"
print(f(), (lambda: "lambda")())
print("-- exec raising an exception still raised the event first")
try:
    exec(compile("raise KeyError('in exec')", "<raiser>", "exec"))
except KeyError as e:
    print("KeyError:", e)
