"""Utility code for importlib: find_spec, module_from_spec,
spec_from_file_location, spec_from_loader, resolve_name, decode_source.

auditpy's own module (CPython 3.11's Lib/importlib/util.py is the reference);
see importlib's docstring for what differs.
"""

import sys

from importlib import (module_from_spec, spec_from_loader, spec_from_file_location,
                       decode_source, cache_from_source, _resolve_name, _find_spec,
                       _spec_of_loaded)

__all__ = ['cache_from_source', 'decode_source', 'find_spec', 'module_from_spec',
           'resolve_name', 'source_from_cache', 'spec_from_file_location',
           'spec_from_loader', 'MAGIC_NUMBER']

# CPython 3.11's bytecode magic (3495), for code that compares it; auditpy
# writes and reads no bytecode files
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def source_from_cache(path):
    """The source path of a bytecode file: auditpy keeps no bytecode cache."""
    raise NotImplementedError('sys.implementation.cache_tag is None')


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """Return the spec for the specified module, or None when it cannot be found.

    A dotted name imports its parent package first (with the import
    statement's machinery and audit events), as CPython does. For a module
    already in sys.modules, its __spec__ (a ValueError when that is None and
    the module is __main__).
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    else:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            spec = _spec_of_loaded(fullname, module) if isinstance(module, type(sys)) else None
            if spec is None:
                raise ValueError(f'{name}.__spec__ is not set') from None
            return spec
        if spec is None:
            if fullname != '__main__' and isinstance(module, type(sys)):
                spec = _spec_of_loaded(fullname, module)
            if spec is None:
                raise ValueError(f'{name}.__spec__ is None')
        return spec
