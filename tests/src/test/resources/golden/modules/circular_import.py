# A circular import: while a module runs, a name it has not yet defined is missing from a "partially initialized
# module" (CPython's wording for from-imports and attribute errors); once it has run, the plain wording comes back.
import helper_circ_a
print(helper_circ_a.f())
try:
    from helper_circ_a import g
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "$DIR"))
try:
    helper_circ_a.g
except AttributeError as e:
    print(type(e).__name__, e)
