# importlib.util: find_spec, module_from_spec, spec_from_file_location,
# resolve_name; importlib.machinery: ModuleSpec, SourceFileLoader, PathFinder
import importlib.machinery
import importlib.util
import os.path
import sys


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print("  ", type(e).__name__ + ":", e, "| name:", getattr(e, "name", "-"))
    else:
        print("  ->", r)
        return r


def show(spec):
    if spec is None:
        print("   spec None")
        return
    loc = spec.submodule_search_locations
    print("   name", spec.name, "| parent", repr(spec.parent), "| has_location", spec.has_location,
          "| origin", os.path.basename(spec.origin) if spec.has_location else spec.origin,
          "| locations", None if loc is None else [os.path.basename(p) for p in loc],
          "| loader", type(spec.loader).__name__ if not isinstance(spec.loader, type) else spec.loader.__name__)


print("-- resolve_name")
for args in [(".a", "pkg"), ("..a", "pkg.sub"), ("a.b", None), ("..", "pkg.sub"), ("..a", "pkg"), (".a", None),
             (".a", "")]:
    print(args)
    attempt(importlib.util.resolve_name, *args)

print("-- find_spec of modules not imported")
for name in ["no_such_mod_xyz", "helper_loadfile", "implpkg", "helper_geometry"]:
    print(name)
    spec = importlib.util.find_spec(name)
    show(spec)
    print("   imported:", name in sys.modules)
print("-- find_spec of a submodule imports the parent package")
show(importlib.util.find_spec("implpkg.inner"))
print("   parent imported:", "implpkg" in sys.modules, "| inner imported:", "implpkg.inner" in sys.modules)
show(importlib.util.find_spec(".sub", "implpkg"))
show(importlib.util.find_spec("implpkg.no_such"))
attempt(importlib.util.find_spec, "helper_loadfile.x")
attempt(importlib.util.find_spec, ".x")
print("-- find_spec of built-in modules")
show(importlib.util.find_spec("sys"))
show(importlib.util.find_spec("builtins"))
print("-- None in sys.modules")
sys.modules["blocked_mod"] = None
print(importlib.util.find_spec("blocked_mod"))
del sys.modules["blocked_mod"]
print("-- __main__ has no spec when run as a script")
attempt(importlib.util.find_spec, "__main__")

print("-- spec_from_file_location + module_from_spec + exec_module")
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("loaded_by_path", os.path.join(here, "helper_loadfile.py"))
show(spec)
print("  ", repr(spec).startswith("ModuleSpec(name='loaded_by_path', loader=<_frozen_importlib_external.SourceFileLoader object at "))
print("   spec.origin is absolute:", os.path.isabs(spec.origin))
mod = importlib.util.module_from_spec(spec)
print("   before exec:", sorted(k for k in vars(mod) if k != "__cached__"), "loaded_by_path" in sys.modules)
print("  ", mod.__spec__ is spec, mod.__loader__ is spec.loader, repr(mod.__package__),
      os.path.basename(mod.__file__), hasattr(mod, "TWICE"))
spec.loader.exec_module(mod)
print("   after exec:", mod.TWICE, mod.__name__, "loaded_by_path" in sys.modules)
print("   loader:", spec.loader.name, os.path.basename(spec.loader.get_filename()),
      spec.loader.is_package("loaded_by_path"))
print("-- relative location")
spec2 = importlib.util.spec_from_file_location("rel_loaded", "helper_loadfile.py")
print("  ", os.path.isabs(spec2.origin), os.path.basename(spec2.origin))
print("-- a package's __init__.py")
pspec = importlib.util.spec_from_file_location("pkg_by_path", os.path.join(here, "implpkg", "__init__.py"))
show(pspec)
pmod = importlib.util.module_from_spec(pspec)
print("  ", [os.path.basename(p) for p in pmod.__path__], pmod.__package__)
pspec.loader.exec_module(pmod)
print("   PKG_VALUE", pmod.PKG_VALUE)
print("-- not a source file")
print("  ", importlib.util.spec_from_file_location("x", "data.txt"))
print("-- exec_module with a module of another name")
wrong = type(sys)("other_name")
attempt(spec.loader.exec_module, wrong)
print("-- a missing file")
gone = importlib.util.spec_from_file_location("gone", os.path.join(here, "no_such_file_xyz.py"))
try:
    gone.loader.exec_module(importlib.util.module_from_spec(gone))
except FileNotFoundError as e:
    print("   FileNotFoundError", e.errno, os.path.basename(e.filename))

print("-- machinery")
M = importlib.machinery
print(M.SOURCE_SUFFIXES, M.BYTECODE_SUFFIXES, ".py" in M.all_suffixes(), type(M.EXTENSION_SUFFIXES).__name__)
print(M.ModuleSpec("a.b", None))
print(M.ModuleSpec("a.b", None, origin="somewhere", is_package=True))
s = M.ModuleSpec("a.b", None, is_package=True)
print(s.parent, s.has_location, s.cached, s.loader_state, s.submodule_search_locations)
print(M.ModuleSpec("a.b", None).parent, M.ModuleSpec("a", None).parent == "")
print(M.ModuleSpec("x", None) == M.ModuleSpec("x", None), M.ModuleSpec("x", None) == M.ModuleSpec("y", None))
show(M.PathFinder.find_spec("helper_loadfile"))
show(M.PathFinder.find_spec("no_such_mod_xyz"))
show(M.PathFinder.find_spec("inner", [os.path.join(here, "implpkg")]))
loader = M.SourceFileLoader("by_hand", os.path.join(here, "helper_loadfile.py"))
print(loader == M.SourceFileLoader("by_hand", os.path.join(here, "helper_loadfile.py")), loader.is_package("by_hand"))
print(loader.get_source("by_hand").splitlines()[1])
mod = type(sys)("by_hand")
loader.exec_module(mod)
print(mod.TWICE)
spec = importlib.util.spec_from_loader("by_hand", loader)
show(spec)
