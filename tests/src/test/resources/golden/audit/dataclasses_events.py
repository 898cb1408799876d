# The audit events of dataclasses (CPython 3.11's Lib/dataclasses.py): each generated method is source text that
# _create_fn compiles and runs with exec(), so a hook sees a 'compile' event (the source as bytes, '<string>') and
# an 'exec' event (the module code object) per method, then the class's __doc__ set through object.__setattr__
import sys
import dataclasses

seen = []


def hook(event, args):
    if event == 'compile':
        source, filename = args
        seen.append((event, source.split(b'\n')[1].strip().decode() if isinstance(source, bytes) else type(source).__name__,
                     filename))
    elif event == 'exec':
        code = args[0]
        seen.append((event, code.co_name, code.co_filename))
    elif event == 'object.__setattr__':
        seen.append((event, args[0].__name__, args[1]))
    elif not event.startswith('cpython.'):
        seen.append((event,))


sys.addaudithook(hook)


@dataclasses.dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


@dataclasses.dataclass(slots=True)
class Slotted:
    x: int
    tags: list = dataclasses.field(default_factory=list)


Made = dataclasses.make_dataclass('Made', ['a'])
v = Version(1)
r = dataclasses.replace(v, minor=2)
d = dataclasses.asdict(Slotted(3))
try:
    v.major = 2
except dataclasses.FrozenInstanceError as e:
    seen.append(('caught', str(e)))
done = True
seen.append(('end',))
for entry in seen:
    print(*entry)
print(r, d)
