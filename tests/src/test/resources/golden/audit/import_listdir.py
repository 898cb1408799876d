# The os.listdir event CPython's FileFinder raises when an import first searches a directory of sys.path (or a
# package's __path__): once per directory (its listing is cached), with the absolute path, none for the stdlib
# directory (listed before the program ran) or for modules already imported.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join("helper_listdir"))


def hook(event, args):
    if event == "os.listdir":
        print(event, args[0].replace(here, "DIR"))


sys.addaudithook(hook)
import mod_listdir_a
import mod_listdir_b
import pkg_listdir.sub
import mod_listdir_a
try:
    import no_such_module_listdir
except ImportError as e:
    print(e)
import string
print(mod_listdir_a.A, mod_listdir_b.B, pkg_listdir.sub.C)
