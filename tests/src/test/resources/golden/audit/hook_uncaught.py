# An exception raised by a hook and not caught ends the program with a traceback
# that includes the hook's frame.
import sys

def policy(event, args):
    if event == "app.delete" and args[0] == "/":
        raise PermissionError(f"policy forbids {event} of {args[0]!r}")

def delete(path):
    sys.audit("app.delete", path)
    print("deleted", path)

sys.addaudithook(policy)
delete("tmp/cache")
delete("/")
print("never printed")
