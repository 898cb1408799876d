# Warnings raised as errors (simplefilter("error")): the traceback points at the caller of warnings.warn and
# warn_explicit, which are C functions in CPython (no frames of their own), and stacklevel picks the frame.
import warnings


def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)


warnings.simplefilter("error")
try:
    f()
except DeprecationWarning as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("caught", e, names)

try:
    warnings.warn("plain")
except UserWarning as e:
    print("caught", repr(e), e.__traceback__.tb_next)


def g():
    x = 1; warnings.warn_explicit("explicit", UserWarning, "m.py", 3)


g()
