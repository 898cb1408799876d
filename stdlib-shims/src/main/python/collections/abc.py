"""Abstract Base Classes for containers.

As CPython's Lib/collections/abc.py: re-exports _collections_abc.
"""

from _collections_abc import *
from _collections_abc import __all__
