# Hooks run in the order they were added; an exception from one hook stops the
# dispatch (later hooks are not called) and propagates out of the operation.
import sys

def make(name, fail_on=None):
    def hook(event, args):
        if event.startswith("order."):
            print(f"  {name}: {event} {args}")
            if event == fail_on:
                raise RuntimeError(f"{name} rejects {event}")
    return hook

sys.addaudithook(make("first"))
sys.addaudithook(make("second", fail_on="order.stop"))
sys.addaudithook(make("third"))
print("event order.go:")
sys.audit("order.go", 1)
print("event order.stop:")
try:
    sys.audit("order.stop", 2)
except RuntimeError as e:
    print("RuntimeError:", e)
print("hook added while an event is dispatched is called for that same event:")
added = []

def adder(event, args):
    if event == "order.add" and not added:
        added.append(True)
        sys.addaudithook(make("late"))

sys.addaudithook(adder)
sys.audit("order.add")
print("next event reaches all hooks:")
sys.audit("order.after")
print("return values of hooks are ignored:")
sys.addaudithook(lambda e, a: "ignored" if e.startswith("order.") else None)
print(sys.audit("order.ret"))
