# The "compile" event: (source bytes, filename) for string sources.
import sys

def hook(event, args):
    if event == "compile":
        print("compile", repr(args), type(args[0]).__name__, type(args[1]).__name__)
    elif event == "exec":
        print("exec", type(args[0]).__name__, len(args))

sys.addaudithook(hook)
print("-- compile eval mode")
code = compile("1+1", "<x>", "eval")
print("-- compile exec mode, bytes source, bytes filename")
compile(b"y = 2", b"bytes-name", "exec")
print("-- non-ascii source is passed as UTF-8 bytes")
compile("s = 'caf\u00e9'", "<uni>", "exec")
print("-- eval of a string: compile then exec")
print(eval("2 * 3"))
print("-- exec of a string")
exec("z = 10")
print("-- multi-line source")
compile("def f():\n    return 1\n", "multi.py", "exec")
print("-- syntax error still raises the event first")
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print("-- evaluating an existing code object: no compile event")
print(eval(code))
