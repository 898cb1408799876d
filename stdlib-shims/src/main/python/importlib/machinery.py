"""The implementations of the finders and loaders of importlib.

auditpy's own module (CPython 3.11's Lib/importlib/machinery.py is the
reference): ModuleSpec, BuiltinImporter, PathFinder, FileLoader,
SourceFileLoader and the suffix lists. auditpy loads source files only:
EXTENSION_SUFFIXES is empty.
"""

from importlib import (ModuleSpec, BuiltinImporter, PathFinder, FileLoader, SourceFileLoader,
                       _SOURCE_SUFFIXES)

SOURCE_SUFFIXES = _SOURCE_SUFFIXES
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
