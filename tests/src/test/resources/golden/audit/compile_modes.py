# "compile" (source bytes, filename) for each mode of compile(), with str, bytes and bytearray
# sources, str/bytes/PathLike filenames, and the dont_inherit/optimize arguments; code objects
# compiled once raise "exec" (code,) each time they run.
import sys

class PathLike:
    def __fspath__(self):
        return "pathlike.py"

def hook(event, args):
    if event == "compile":
        print(event, repr(args[0]), repr(args[1]))
    elif event == "exec":
        print(event, args[0].co_name, args[0].co_filename)

sys.addaudithook(hook)
for mode, src in (("exec", "a = 1\n"), ("eval", "1 + 2"), ("single", "print('single says hi')")):
    print("--", mode)
    c = compile(src, "<" + mode + ">", mode)
    print(type(c).__name__, c.co_filename)
    r = eval(c) if mode == "eval" else exec(c)
    print("result", r)
print("-- bytes, bytearray sources")
compile(b"b = 2", "<bytes>", "exec")
compile(bytearray(b"3 * 3"), "<bytearray>", "eval")
print("-- bytes and PathLike filenames")
compile("c = 3", b"bname.py", "exec")
compile("c = 3", PathLike(), "exec")
print("-- keyword arguments")
compile(source="d = 4", filename="<kw>", mode="exec", dont_inherit=True, optimize=0)
print("-- a bad mode raises ValueError before the event")
try:
    compile("e = 5", "<bad>", "nope")
except ValueError as e:
    print("ValueError:", e)
print("-- single mode needs one statement")
try:
    compile("x = 1\ny = 2\n", "<single2>", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print("-- a hook raising on compile stops the compilation")
def refuse(event, args):
    if event == "compile" and args[1] == "<refused>":
        raise RuntimeError("no compile")
sys.addaudithook(refuse)
try:
    compile("f = 6", "<refused>", "exec")
except RuntimeError as e:
    print("RuntimeError:", e)
