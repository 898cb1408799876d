# BaseExceptionGroup and ExceptionGroup (PEP 654; Objects/exceptions.c): construction checks, members,
# derive, split, subgroup, str/repr (except* is not covered)
def attempt(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: BaseExceptionGroup('m'))
attempt(lambda: BaseExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup('m', 5))
attempt(lambda: ExceptionGroup('m', []))
attempt(lambda: ExceptionGroup('m', [1]))
attempt(lambda: ExceptionGroup('m', [ValueError(), 2]))
attempt(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup('m', [ValueError()], x=1))
attempt(lambda: BaseExceptionGroup())
attempt(lambda: BaseExceptionGroup('a', 'b', 'c'))
attempt(lambda: ExceptionGroup('m', {1: 2}))
attempt(lambda: ExceptionGroup('m', (ValueError(1),)))
attempt(lambda: BaseExceptionGroup('m', [ValueError(1)]))
attempt(lambda: BaseExceptionGroup('m', [ValueError(1), KeyboardInterrupt()]))

print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(BaseExceptionGroup.__doc__, ExceptionGroup.__doc__)
print(BaseExceptionGroup.split, BaseExceptionGroup.__dict__['message'])

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), OSError(4)])])
print(str(eg), "|", repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(str(ExceptionGroup("one", [ValueError()])))
try:
    eg.message = 'x'
except AttributeError as e:
    print("AttributeError:", e)
try:
    del eg.exceptions
except AttributeError as e:
    print("AttributeError:", e)

eg.add_note("a note")
try:
    raise eg
except ExceptionGroup as caught:
    tb = caught.__traceback__
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(match.__traceback__ is tb, rest.__notes__, rest.__notes__ is eg.__notes__)
print(eg.split(TypeError)[0].exceptions, eg.split((TypeError, OSError)))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(KeyError))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 3))
print(eg.subgroup(lambda e: e is eg) is eg)
print(eg.subgroup(KeyError))
print(eg.derive([KeyError('k')]))
for bad in (1, (ValueError, 1), len, "x"):
    attempt(lambda: eg.split(bad))
print(eg.subgroup(ValueError).__cause__, eg.subgroup(ValueError).__suppress_context__)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

m = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(m), m.split(ValueError))
attempt(lambda: MyEG("bad", [KeyboardInterrupt()]))

class MyBEG(BaseExceptionGroup):
    pass
print(type(MyBEG("b", [ValueError()])).__name__, type(MyBEG("b", [KeyboardInterrupt()])).__name__)

beg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError(5)])
print(type(beg).__name__, beg.split(Exception))
print(type(beg.subgroup(KeyboardInterrupt)).__name__)
try:
    raise ExceptionGroup("caught", [ValueError(1)])
except Exception as e:
    print("caught", repr(e))
print(ExceptionGroup[int])
import pickle, copy
c = copy.copy(eg)
print(repr(c), c.exceptions == eg.exceptions)
