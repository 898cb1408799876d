# print() writes each item as it goes, as CPython's: when str() of a later item raises, the items before it and the
# separator are already out.
class B:
    def __str__(self):
        raise ValueError("no str")
try:
    print("a", B(), "c")
except ValueError as e:
    print("|", e)
import sys
try:
    print(B(), "never")
except ValueError as e:
    print("|", e)
print("x", "y", sep=B.__new__(B).__class__.__name__)
