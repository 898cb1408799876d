"""Imported by the traceback goldens: sys.stdout without this folder's path (a script's frames name its absolute
path, which differs between machines)."""
import os
import sys

_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


class _Relative:
    def __init__(self, out):
        self.out = out

    def write(self, text):
        return self.out.write(text.replace(_DIR, ""))

    def flush(self):
        self.out.flush()


sys.stdout = _Relative(sys.stdout)
