# "Did you mean" for NameError (Python/suggestions.c): the innermost frame's co_varnames, then its
# globals, then its builtins; shown by sys.excepthook (stderr), never in str() or repr().
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.name)
        sys.excepthook(type(e), e, e.__traceback__)


counter_global = 1


def from_locals():
    countr_local = 1
    return counter_globl


def from_globals():
    return countr_global


def from_builtins():
    return lenn([])


def case_only():
    return PRINT


def nothing_close():
    value = 1
    return zzzzqqq


def unbound_local_names_are_candidates():
    print(later_nam)
    later_name = 1


def unbound_local():
    print(later_name)
    later_name = 1


def arguments(first_argument, *rest_args, kw_only=1, **options):
    return first_argumnt


def cell_not_candidate():
    cellvar_name = 1

    def inner():
        return cellvar_name
    return cellvar_nam


def lambda_frame():
    return (lambda lam_arg: lam_ar)(1)


def comprehension_frame():
    [comp_var for comp_var in range(3) if comp_va]


def tie_goes_to_first_builtin():
    return mix(1, 2)


def exception_class():
    return ValueErorr


def exec_globals():
    exec("nme_in_exec", {"name_in_exec": 1})


def own_builtins():
    exec("lne", {"__builtins__": {"len": len, "line": 2}})


def short_name():
    return x


for f in [from_locals, from_globals, from_builtins, case_only, nothing_close, unbound_local_names_are_candidates, arguments, cell_not_candidate,
          lambda_frame, comprehension_frame, tie_goes_to_first_builtin, exception_class, exec_globals,
          own_builtins, short_name]:
    if f is arguments:
        show(lambda: arguments(1))
    else:
        show(f)

# UnboundLocalError carries no name and gets no suggestion, even with one set
try:
    unbound_local()
except UnboundLocalError as e:
    print(repr(e), e.name)
    e.name = "later_name"
    sys.excepthook(type(e), e, e.__traceback__)

# a user-made NameError: the name given, suggested from the frame of its traceback
try:
    raise NameError("made by hand", name="countr_global")
except NameError as e:
    sys.excepthook(type(e), e, e.__traceback__)
    print(str(e), repr(e))
    tb = e.__traceback__
    # no traceback: no suggestion
    sys.excepthook(type(e), e.with_traceback(None), None)
    # a name that is not a str: no suggestion
    e2 = NameError("not a str", name=b"countr_global")
    sys.excepthook(type(e2), e2, tb)
    # the traceback argument goes on an exception without one, and gives the frame
    e3 = NameError("given tb", name="countr_global")
    sys.excepthook(type(e3), e3, tb)

# a subclass of NameError gets none
class MyNameError(NameError):
    pass


try:
    raise MyNameError("subclass", name="countr_global")
except NameError as e:
    sys.excepthook(type(e), e, e.__traceback__)

# a non-str key in the globals spoils the whole search (builtins too)
g = {"__builtins__": __builtins__, 1: "one"}
try:
    exec("lenn", g)
except NameError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("done")
