# The audit events of importlib (CPython 3.11): import_module, __import__ and
# reload raise no "import" event of their own (importlib's _find_and_load is
# Python code), only the loader's open, compile and exec, and the events of
# the import statements the loaded code runs; find_spec of a submodule imports
# its parent with __import__, which does raise "import"; module_from_spec and
# spec_from_file_location raise nothing; exec_module raises open, compile, exec.
import importlib
import importlib.machinery
import importlib.util
import os.path
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def hook(event, args):
    if event == "import":
        print("  event import", args[0], args[1], args[2] is sys.path, args[3] is sys.meta_path,
              args[4] is sys.path_hooks)
    elif event == "open":
        if isinstance(args[0], str) and args[0].endswith(".pyc"):
            return  # CPython's probe for a cached .pyc (auditpy keeps none)
        print("  event open", os.path.basename(args[0]), args[1:])
    elif event == "compile":
        src, name = args
        print("  event compile", type(src).__name__, len(src) if isinstance(src, bytes) else src,
              os.path.basename(name) if name else name)
    elif event == "exec":
        print("  event exec", type(args[0]).__name__, os.path.basename(args[0].co_filename))
    elif event == "os.listdir" and args[0].startswith(HERE):
        # the import system's directory listings (only this test's folders:
        # sys.path's other entries differ between installations)
        print("  event os.listdir", os.path.basename(args[0]))


# the test's folder is listed once by the first search in it (here, before
# the hook: CPython may have imported importlib before the program starts)
importlib.util.find_spec("helper_impaudit")
sys.addaudithook(hook)

print("-- import_module of a new module")
m = importlib.import_module("helper_impaudit")
print(m.RUNS, m.helper_impaudit.DEP if hasattr(m, "helper_impaudit") else m.helper_impaudit_dep.DEP)
print("-- import_module of an imported module: nothing")
importlib.import_module("helper_impaudit")
importlib.import_module("helper_impaudit_dep")
print("-- import_module of a package's submodule by relative name")
leaf = importlib.import_module(".leaf", "auditpkg")
print(leaf.LEAF_NAME)
print("-- import_module of a missing module")
try:
    importlib.import_module("no_such_mod_for_importlib")
except ModuleNotFoundError as e:
    print(e)
print("-- reload")
importlib.reload(m)
print(m.RUNS)
print("-- reload of a built-in module: nothing")
importlib.reload(sys)
print("-- find_spec of a module not imported: nothing")
spec = importlib.util.find_spec("helper_impaudit_dep")
print(spec.name)
print("-- find_spec of a missing module: nothing")
print(importlib.util.find_spec("no_such_mod_for_importlib"))
print("-- find_spec of an imported module: nothing")
print(importlib.util.find_spec("auditpkg.leaf").name)
print("-- find_spec of a submodule imports its parent with the import event")
spec = importlib.util.find_spec("impauditpkg.part")
print(spec.name, "impauditpkg" in sys.modules, "impauditpkg.part" in sys.modules)
print("-- spec_from_file_location and module_from_spec: nothing")
spec = importlib.util.spec_from_file_location("by_path", os.path.join(HERE, "helper_impaudit_dep.py"))
mod = importlib.util.module_from_spec(spec)
print("-- exec_module")
spec.loader.exec_module(mod)
print(mod.DEP)
print("-- importlib.__import__")
top = importlib.__import__("auditpkg.extra")
print(top.__name__, top.extra.EXTRA)
print("-- invalidate_caches: the next search lists its directory again")
importlib.invalidate_caches()
try:
    importlib.import_module("no_such_mod_after_invalidate")
except ModuleNotFoundError as e:
    print(e)
print("done")
