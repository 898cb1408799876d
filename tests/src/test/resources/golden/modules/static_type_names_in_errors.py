# A static type of a library module is named with its module in error messages, as CPython's tp_name.
import sys
try:
    len(sys.stdout)
except TypeError as e:
    print(e)
import itertools
try:
    len(itertools.chain())
except TypeError as e:
    print(e)
try:
    itertools.chain() + 1
except TypeError as e:
    print(e)
