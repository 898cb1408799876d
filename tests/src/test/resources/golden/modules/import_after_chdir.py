# A relative sys.path entry ('' included) and a relative file name are taken
# against the current directory at the time of use, which os.chdir moves.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "sub"))
with open(os.path.join(d, "sub", "chdirmod.py"), "w") as fh:
    fh.write("X = 'found in sub'\n\ndef boom():\n    raise RuntimeError('from chdirmod')\n")
os.chdir(d)
sys.path.insert(0, "")
try:
    import chdirmod
except ImportError as e:
    print("not found from", os.path.basename(os.getcwd()) == os.path.basename(d), type(e).__name__)
os.chdir("sub")
import chdirmod
print(chdirmod.X, os.path.relpath(chdirmod.__file__, d))
try:
    chdirmod.boom()
except RuntimeError as e:
    print(e)
try:
    compile("x = 1\ny = $\n", "chdirmod.py", "exec")
except SyntaxError as e:
    print(repr(e.text))
