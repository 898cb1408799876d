# Importing library modules whose types are C types in CPython (re's Pattern and Match, struct.Struct, _json's
# Scanner and Encoder, socket's errors, _random.Random, array.array, locale.Error, signal's and http's enums,
# ctypes' types) raises no object.__setattr__ event for their __module__, __name__ or __qualname__: CPython's
# C types have them from their tp_name.
import sys

NAMES = {"re", "_struct", "_json", "socket", "_random", "array", "locale", "signal", "http", "_ctypes", "ctypes",
         "Scanner", "Encoder"}

def hook(event, args):
    if event == "object.__setattr__" and args[1] in ("__module__", "__name__", "__qualname__") and args[2] in NAMES:
        print(event, args[1], args[2])

sys.addaudithook(hook)
import re, struct, json, socket, random, array, locale, signal, http, ctypes
import _json
print(re.error.__module__, re.Pattern, re.Match, struct.Struct, socket.gaierror, socket.herror)
print(_json.make_scanner, _json.make_encoder, _json.make_scanner.__qualname__, _json.make_encoder.__qualname__)
print(random.Random.__mro__[1], array.array, locale.Error, ctypes.ArgumentError)
print(signal.Signals.__module__, signal.Handlers.__module__, http.HTTPStatus.__module__)
print(ctypes.Structure.__module__, ctypes.Union.__module__, ctypes.Array.__module__, type(ctypes.c_int).__module__)
