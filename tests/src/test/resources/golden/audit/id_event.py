# The "builtins.id" event: its argument is the resulting integer id.
# Calling id() inside the hook would re-enter the hook, so it is guarded.
import sys

state = {"inside": False, "log": []}

def hook(event, args):
    if event == "builtins.id":
        if state["inside"]:
            state["log"].append("nested call reached the hook again")
            return
        state["inside"] = True
        try:
            state["log"].append((type(args[0]).__name__, len(args), args[0] == id(target)))
        finally:
            state["inside"] = False

target = object()
sys.addaudithook(hook)
result = id(target)
print("id returned an int:", type(result).__name__)
for entry in state["log"]:
    print(entry)
state["log"].clear()
values = [id(x) for x in (1, "a", None)]
print("three more id() calls ->", len(values), "results,", len(state["log"]), "log entries")
print([e[0] if isinstance(e, tuple) else e for e in state["log"]])
print("same object, same id:", id(target) == id(target))
