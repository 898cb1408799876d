# warnings.warn takes its caller's module, file and line as CPython's C warn does (Python/_warnings.c
# setup_context), without the sys._getframe and object.__getattr__(frame, 'f_code') events that the pure-Python
# fallback in Lib/warnings.py would raise.
import os
import sys
import warnings

def hook(event, args):
    if event != "open":
        print("event", event)

def f():
    warnings.warn("from f", stacklevel=2)

def g():
    warnings.warn("deep", stacklevel=50)

warnings.simplefilter("always")
warnings.showwarning = lambda m, c, fn, ln, file=None, line=None: print("warning:", m, c.__name__, os.path.basename(fn), ln)
sys.addaudithook(hook)
warnings.warn("plain")
f()
g()
warnings.warn(DeprecationWarning("obj"))
print("registry", "__warningregistry__" in globals())
