# repr(frame) as CPython's frame_repr: <frame at 0x..., file '...', line N, code NAME>, the current line.
import os
import sys


def f():
    return sys._getframe()


def shown(frame):
    text = repr(frame)
    head, rest = text.split(", file ", 1)
    quoted, tail = rest.split(", line ", 1)
    return head[:12], quoted[0] + os.path.basename(quoted[1:-1]) + quoted[-1], tail


print(shown(f()))
print(shown(sys._getframe()))
