# User-defined exception classes with extra attributes.
class AppError(Exception):
    """Base for application errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class HttpError(AppError):
    def __init__(self, status, reason="unknown"):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)
    def __str__(self):
        return f"HTTP {self.status} ({self.reason})"
class Quiet(AppError):
    def __repr__(self):
        return "Quiet!"
try:
    raise ValidationError("email", "must contain @")
except AppError as e:
    print(type(e).__name__, e.field, e.message)
    print(str(e), repr(e), e.args)
try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(str(e), repr(e), e.args, e.status)
print(str(Quiet("q")), repr(Quiet("q")), AppError.__doc__)
e = AppError()
print(repr(e), str(e), e.args, len(e.args))
e2 = AppError("one")
print(repr(e2), str(e2), e2.args)
e3 = AppError("a", 2, None)
print(repr(e3), str(e3))
e3.args = ("changed",)
print(str(e3), repr(e3))
print(repr(Exception("it's")), repr(ValueError('say "x"')), str(KeyError("k")), str(KeyError()))
print(repr(KeyError("k")), str(IndexError("idx")), repr(StopIteration(5)), StopIteration(5).value)
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")), OSError(2, "x").errno)
print(str(SystemExit(3)), SystemExit(3).code, SystemExit().code)
errs = []
for cls in (ValidationError, HttpError):
    try:
        if cls is ValidationError:
            raise cls("f", "m")
        raise cls(500)
    except AppError as err:
        errs.append(str(err))
print(errs)
class WithNotes(Exception):
    pass
w = WithNotes("base")
w.add_note("extra note")
print(w.__notes__, str(w))
print(issubclass(ValidationError, Exception), isinstance(HttpError(1), AppError))
