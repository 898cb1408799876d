"""hello_audit: install a PEP 578 audit hook and watch the interpreter report what a program does."""
import sys
import os

events = []


def hook(event, args):
    # Hooks see every audited operation: keep this one to a few interesting events.
    if event in ("open", "compile", "exec", "os.remove", "sys.addaudithook", "hello.greeting"):
        events.append(event)
        if event == "exec":
            args = (type(args[0]).__name__,)  # a code object: its repr holds an address
        print(f"audit: {event} {args!r}")


sys.addaudithook(hook)

# A custom event, raised from Python code.
sys.audit("hello.greeting", "world")

# Compiling and running code raises "compile" and "exec".
code = compile("x = 6 * 7", "<hello>", "exec")
namespace = {}
exec(code, namespace)
print("x =", namespace["x"])

# Opening a file raises "open" with (path, mode, flags).
path = "hello_audit.txt"
with open(path, "w") as f:
    f.write("hello, audit\n")
with open(path) as f:
    print(f.read().strip())
os.remove(path)

print(len(events), "events seen")
