# Hooks run during import: the "import" event comes before the module is found and loaded, the
# module's own events (and nested imports) arrive in order while its body runs, and a hook
# that raises on "import" leaves nothing in sys.modules.
import sys

def hook(event, args):
    if event == "import" and args[0].startswith("helper_"):
        print("import", args[0], "in sys.modules:", args[0] in sys.modules)
    elif event == "exec" and args[0].co_filename.endswith(".py") and "helper_" in args[0].co_filename:
        print("exec", args[0].co_filename.rsplit("/", 1)[-1])
    elif event == "test.module_body":
        print("module body of", args[0], "in sys.modules:", args[0] in sys.modules)
    elif event == "builtins.id" and "helper_importhooks" in sys.modules and not sys.modules["helper_importhooks"].__dict__.get("ID_SEEN"):
        print("builtins.id during the import")

sys.addaudithook(hook)
import helper_importhooks
print(helper_importhooks.late(), helper_importhooks.ID_SEEN)

def refuse(event, args):
    if event == "import" and args[0] == "helper_forbidden":
        raise ImportError("import of helper_forbidden refused")
sys.addaudithook(refuse)
try:
    import helper_forbidden
except ImportError as e:
    print("ImportError:", e)
print("helper_forbidden" in sys.modules)
try:
    import helper_forbidden
except ImportError as e:
    print("ImportError again:", e)
print("-- an import inside a hook")
def importing(event, args):
    if event == "test.import_in_hook":
        import helper_auditmod
        print("hook imported", helper_auditmod.VALUE)
sys.addaudithook(importing)
sys.audit("test.import_in_hook")
