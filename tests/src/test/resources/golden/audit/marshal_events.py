# marshal's audit events: "marshal.dumps" (value, version) from dumps and dump,
# "marshal.loads" (bytes,) from loads only, "marshal.load" () from load.
import io
import marshal
import sys

o = ("a", "b", "c", 1, 2, 3)
payload = marshal.dumps(o)
print("version", marshal.version, "payload", payload)

def hook(event, args):
    if event.startswith("marshal."):
        print(event, args)

sys.addaudithook(hook)
print(marshal.loads(marshal.dumps(o)) == o)
print(marshal.dumps([1, 2.5, None, True], 2))
f = io.BytesIO()
marshal.dump({"k": [b"v", 2 ** 70]}, f)
f.seek(0)
print(marshal.load(f))
print(marshal.loads(payload + b"trailing ignored"))
try:
    marshal.dumps(len)
except ValueError as e:
    print("ValueError", e)
try:
    marshal.loads(b"")
except EOFError as e:
    print("EOFError", e)
