# Modules CPython 3.11 has already imported when the program starts (os,
# os.path, posixpath, genericpath, stat, abc, io, _collections_abc and the
# built-in posix, time, marshal, _io, _thread, _codecs) raise no import, open,
# compile or exec event when the program imports them; any other module does.
# A user's file with such a name, first on sys.path, is not used: the module
# CPython loaded at start-up is.
import os.path as _osp
import sys

HERE = _osp.dirname(_osp.abspath(__file__))
sys.path.insert(0, _osp.join(HERE, "shadowdir"))


def hook(event, args):
    if event in ("import", "open", "compile", "exec"):
        a = args[0]
        if event == "open":
            if a.endswith(".pyc"):
                return  # CPython's probe for a cached .pyc (auditpy keeps none)
            a = _osp.basename(a)
        elif event == "compile":
            a = "<%d bytes>" % len(a) if isinstance(a, bytes) else a
        elif event == "exec":
            a = "code " + _osp.basename(a.co_filename)
        print("  event", event, a)


sys.addaudithook(hook)

for name in ["os", "os.path", "posixpath", "genericpath", "stat", "abc", "io", "_collections_abc",
             "posix", "time", "marshal", "_io", "_thread", "_codecs"]:
    print("import", name)
    m = __import__(name)
    print("  ->", type(m).__name__, hasattr(sys.modules[name], "SHADOWED"))

print("import gc")
import gc
print("  ->", gc.__name__)

print("import helper_auditmod")
import helper_auditmod
print("  ->", helper_auditmod.__name__)

print("again")
import os, stat, gc, helper_auditmod
print("done")
