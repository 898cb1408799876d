# The "import" event: (name, None, sys.path, sys.meta_path, sys.path_hooks),
# raised only for modules that are not yet in sys.modules.
import sys

def hook(event, args):
    if event == "import" and (args[0].startswith("helper_") or args[0].startswith("auditpkg")
                              or args[0].startswith("no_such")):
        print("import", repr(args[0]), repr(args[1]), len(args),
              args[2] is sys.path, args[3] is sys.meta_path, args[4] is sys.path_hooks)

sys.addaudithook(hook)
print("-- import helper_auditmod")
import helper_auditmod
print(helper_auditmod.VALUE)
print("-- import it again: already in sys.modules, no event")
import helper_auditmod
import helper_auditmod as again
print("-- from helper_auditmod import VALUE: no event")
from helper_auditmod import VALUE
print("-- __import__ of an already imported module: no event")
__import__("helper_auditmod")
print("-- __import__ of a new module")
mod = __import__("helper_auditmod2")
print(mod.NAME)
print("-- package with relative imports inside")
import auditpkg
print(auditpkg.LEAF_NAME)
print("-- submodule of an imported package")
from auditpkg import extra
print(extra.EXTRA)
print("-- import of a missing module raises the event, then fails")
try:
    import no_such_module_for_audit
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print("-- __import__ of a missing submodule")
try:
    __import__("auditpkg.no_such_sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
