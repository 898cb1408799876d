# PEP 420 namespace packages: a folder without __init__.py on sys.path (here in two entries) is a package whose
# __path__ lists every such folder; no code runs for it (import events only; open is left out of the events
# printed, as auditpy does not probe __pycache__ for .pyc files)
import sys
def hook(ev, args):
    if ev in ("import", "exec", "compile"):
        a = args[0]
        print("audit", ev, a if isinstance(a, str) else type(a).__name__)
sys.addaudithook(hook)
sys.path.append(sys.path[0] + "/nspkg_extra")
import nsdemo.sub.m, nsdemo.other
import nsdemo
print(nsdemo.__file__, [p.replace(sys.path[0], "<dir>") for p in nsdemo.__path__], nsdemo.__package__, nsdemo.sub.m.X, nsdemo.other.Y)
print(nsdemo.__name__, nsdemo.sub.__file__, sorted(k for k in vars(nsdemo) if k.startswith("__") and k not in ("__loader__", "__spec__")))
from nsdemo import sub
print(sub is nsdemo.sub, "nsdemo.sub" in sys.modules)
try:
    import nsdemo.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
