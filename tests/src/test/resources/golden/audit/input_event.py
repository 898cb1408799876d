# "builtins.input" (prompt,) before the prompt is written: the prompt object itself, None without one.
# stdin is a file here (input_event.in), not a tty: CPython raises no "builtins.input/result" then,
# nor when sys.stdin is replaced by another stream.
import io
import sys

def hook(event, args):
    if event.startswith("builtins.input"):
        print("[" + event, repr(args) + "]")

sys.addaudithook(hook)
line = input("name? ")
print("got", repr(line))
print("got", repr(input()))
print("got", repr(input(42)))
saved = sys.stdin
sys.stdin = io.StringIO("from stringio\n")
print("got", repr(input("> ")))
sys.stdin = saved
try:
    input("at eof> ")
except EOFError as e:
    print("EOFError:", e)
def refuse(event, args):
    if event == "builtins.input" and args[0] == "refused> ":
        raise PermissionError("no input")
sys.addaudithook(refuse)
try:
    input("refused> ")
except PermissionError as e:
    print("PermissionError:", e)
