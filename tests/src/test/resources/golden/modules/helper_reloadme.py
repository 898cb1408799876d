# reloaded by importlib_import_module.py: the namespace survives a reload
LOADS = globals().get("LOADS", 0) + 1
KEPT = globals().get("KEPT", "first")
print("helper_reloadme runs, load", LOADS)
