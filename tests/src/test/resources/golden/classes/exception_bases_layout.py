# Which builtin exceptions combine as bases (CPython's solid bases: most add no field to BaseException) and which
# base becomes __base__; encodings.CodecRegistryError is class (LookupError, SystemError).
import builtins
names = ["LookupError", "SystemError", "KeyError", "OSError", "ValueError", "StopIteration", "NameError",
         "AttributeError", "ImportError", "SyntaxError", "UnicodeError", "UnicodeDecodeError", "SystemExit",
         "ModuleNotFoundError", "FileNotFoundError", "IndentationError", "UnboundLocalError", "Exception", "int", "str"]
for a in names:
    ok = []
    for b in names:
        if a == b:
            continue
        try:
            C = type("C", (getattr(builtins, a), getattr(builtins, b)), {})
            ok.append(b + ":" + C.__base__.__name__)
        except TypeError as e:
            ok.append(b + ":-")
    print(a, " ".join(ok))
class CodecRegistryError(LookupError, SystemError):
    pass
print(CodecRegistryError.__mro__)
e = CodecRegistryError("x")
print(repr(e), isinstance(e, SystemError), e.args)
