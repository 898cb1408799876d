# The builtin exception hierarchy.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (Exception, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException), (KeyboardInterrupt, Exception),
    (GeneratorExit, BaseException), (GeneratorExit, Exception), (StopIteration, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
    (IsADirectoryError, OSError), (PermissionError, OSError), (IOError, OSError),
    (ModuleNotFoundError, ImportError), (UnicodeDecodeError, ValueError),
    (UnicodeError, ValueError), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, ValueError), (StopAsyncIteration, Exception), (TimeoutError, OSError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (BrokenPipeError, ConnectionError),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} {sup.__name__:18} {issubclass(sub, sup)}")
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print(BaseException.__bases__, Exception.__bases__[0].__name__)
try:
    raise FileNotFoundError("nope")
except OSError as e:
    print("caught via OSError:", type(e).__name__, e)
try:
    raise KeyError("x")
except LookupError as e:
    print("caught via LookupError:", repr(e))
