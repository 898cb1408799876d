# There is no re-entrancy guard: a hook that performs an audited action sees
# the nested event itself.
import sys

depth = [0]
trace = []

def hook(event, args):
    if event == "test.reenter":
        level = args[0]
        trace.append(f"enter level {level}")
        if level < 4:
            sys.audit("test.reenter", level + 1)
        trace.append(f"leave level {level}")

sys.addaudithook(hook)
sys.audit("test.reenter", 0)
print("\n".join(trace))

def unbounded(event, args):
    if event == "test.forever":
        sys.audit("test.forever")

sys.addaudithook(unbounded)
try:
    sys.audit("test.forever")
except RecursionError as e:
    print("RecursionError:", e)
print("still running")
