# A hook that raises an Exception subclass on "sys.addaudithook" blocks the new
# hook silently: addaudithook returns None and the new hook is never called.
import sys

calls = []

def gatekeeper(event, args):
    if event == "sys.addaudithook":
        calls.append("gatekeeper")
        if blocking[0] == "runtime":
            raise RuntimeError("no more hooks")
        if blocking[0] == "value":
            raise ValueError("still no more hooks")

def candidate(name):
    def hook(event, args):
        if event.startswith("test."):
            print(f"  {name} saw {event}")
    return hook

blocking = ["none"]
sys.addaudithook(gatekeeper)
blocking[0] = "runtime"
print("add blocked by RuntimeError ->", sys.addaudithook(candidate("blocked-1")))
blocking[0] = "value"
print("add blocked by ValueError ->", sys.addaudithook(candidate("blocked-2")))
print("firing test.one")
sys.audit("test.one")
blocking[0] = "none"
print("add allowed ->", sys.addaudithook(candidate("allowed")))
print("firing test.two")
sys.audit("test.two", 1)
print("gatekeeper calls:", calls)
