"""A pure Python implementation of import.

auditpy's own importlib, written against CPython 3.11's Lib/importlib as the
behavioural reference: import_module, reload, invalidate_caches and
__import__ here; find_spec, module_from_spec, spec_from_file_location and
resolve_name in importlib.util; ModuleSpec, the loaders, PathFinder and the
suffix lists in importlib.machinery. The finding and loading is auditpy's
import system (ImportSystem, reached through _auditpy), so the audit events
are those of CPython's importlib: import_module, __import__ and reload raise
no "import" event for the module they load (CPython's _find_and_load is
Python code; only the C import of `import` statements raises it), a source
file runs with "open", "compile" and "exec", and the statements of the code
run raise their own events.

importlib.util and importlib.machinery are frozen in CPython 3.11: importing
them raises "import" and "exec" only (ImportSystem.FROZEN); this module is a
source file there too.

What differs: auditpy keeps no bytecode cache (sys.implementation.cache_tag is
None, so spec.cached is None, module_from_spec sets no __cached__ and no .pyc
is probed), loads no extension modules (EXTENSION_SUFFIXES is empty; a .pyc or
.so location gives no spec); modules the import system loads keep __spec__
and __loader__ None (intrinsic modules have no __spec__), so find_spec of such
a module in sys.modules describes it anew instead of returning its __spec__;
sys.meta_path's finders are consulted by find_spec and reload only, not by
import_module or the import statement; importlib.util does not import
importlib._abc and contextlib as CPython's does (their events are missing);
a traceback through import_module shows this file's frames where CPython's
shows <frozen importlib._bootstrap> ones; importlib.abc, .resources and
.metadata do not exist.
"""

import sys
import _auditpy

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

_ModuleType = type(sys)
_NEEDS_LOADING = object()
_ERR_MSG = 'No module named {!r}'
_SOURCE_SUFFIXES = ['.py']  # importlib.machinery.SOURCE_SUFFIXES


# --- names ------------------------------------------------------------------

def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _level(name):
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return level


# --- paths (no os module: importlib runs before it in CPython) ---------------

def _path_join(*parts):
    return '/'.join(p.rstrip('/') if i < len(parts) - 1 else p
                    for i, p in enumerate(parts) if p)


def _path_split(path):
    i = path.rfind('/')
    if i < 0:
        return '', path
    return path[:i], path[i + 1:]


def _path_abspath(path):
    if path.startswith('/'):
        return path
    import posix
    return _path_join(posix.getcwd(), path)


# --- specs ------------------------------------------------------------------

class ModuleSpec:
    """The specification for a module, used for loading.

    name is the module's absolute name, loader the object that loads it,
    origin where it comes from (a file's path, 'built-in'), and
    submodule_search_locations the list of directories of a package (None for
    a module that is no package).
    """

    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                try:
                    self._cached = cache_from_source(self.origin)
                except NotImplementedError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the bytecode file of a source file: auditpy keeps none."""
    raise NotImplementedError('sys.implementation.cache_tag is None')


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A module spec from a loader."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A module spec for a file: the source file loader for a .py file."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        # auditpy loads source files only (no bytecode, no extension modules)
        if location.endswith(tuple(_SOURCE_SUFFIXES)):
            loader = SourceFileLoader(name, location)
            spec.loader = loader
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(_path_split(location)[0])
    return spec


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    return fspath(path)


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec (its code does not run)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        module = _ModuleType(spec.name)
    _init_module_attrs(spec, module)
    return module


# --- finders and loaders ----------------------------------------------------

class BuiltinImporter:
    """Meta path import for the modules implemented in the interpreter."""

    __module__ = '_frozen_importlib'
    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if _auditpy.import_locate(fullname, None) == 'built-in' and '.' not in fullname:
            return spec_from_loader(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name in sys.modules:
            return sys.modules[spec.name]
        if _auditpy.import_locate(spec.name, None) != 'built-in' or '.' in spec.name:
            raise ImportError(f'{spec.name!r} is not a built-in module',
                              name=spec.name)
        return _auditpy.import_find_and_load(spec.name)

    @staticmethod
    def exec_module(module):
        """Nothing to do: the module is initialized when made."""

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


def _check_name(loader, name):
    if name is None:
        return loader.name
    if loader.name != name:
        raise ImportError(f'loader for {loader.name} cannot handle {name}', name=name)
    return name


class FileLoader:
    """Base class of the loaders of a file of the file system."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        _check_name(self, name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as file:
            return file.read()

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        name = _check_name(self, module.__name__)
        _auditpy.import_exec_source(self.get_filename(name), module.__dict__)

    def load_module(self, fullname=None):
        fullname = _check_name(self, fullname)
        spec = spec_from_loader(fullname, self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            _exec(spec, module)
            return sys.modules[fullname]
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class SourceFileLoader(FileLoader):
    """Loader of a source (.py) file."""

    __module__ = '_frozen_importlib_external'

    def get_source(self, fullname):
        return decode_source(self.get_data(self.get_filename(fullname)))

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return compile(self.get_data(path), path, 'exec', dont_inherit=True)

    def path_stats(self, path):
        import posix
        st = posix.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


def decode_source(source_bytes):
    """Decode bytes representing source code, with universal newlines."""
    text = source_bytes.decode('utf-8') if isinstance(source_bytes, (bytes, bytearray)) else bytes(source_bytes).decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""

    __module__ = '_frozen_importlib_external'

    @staticmethod
    def invalidate_caches():
        _auditpy.import_invalidate_caches()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        location = _auditpy.import_locate(fullname, list(path))
        if location is None:
            return None
        return _file_spec(fullname, location)


def _file_spec(fullname, location):
    loader = SourceFileLoader(fullname, location)
    if _path_split(location)[1] == '__init__.py':
        search = [_path_split(location)[0]]
    else:
        search = None
    return spec_from_file_location(fullname, location, loader=loader,
                                   submodule_search_locations=search)


def _find_spec(name, path, target=None):
    """A spec for the module from sys.meta_path's finders, then auditpy's own."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    for finder in list(meta_path):
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            return spec
    spec = BuiltinImporter.find_spec(name, path, target)
    if spec is None:
        spec = PathFinder.find_spec(name, path, target)
    return spec


def _spec_of_loaded(name, module):
    # auditpy's import system leaves __spec__ None (or unset, for a module
    # implemented in Java); CPython's module would have one
    if '__file__' in module.__dict__ and isinstance(module.__file__, str):
        spec = _file_spec(name, module.__file__)
        path = getattr(module, '__path__', None)
        if path is not None:
            spec.submodule_search_locations = path
        return spec
    if '.' not in name and _auditpy.import_locate(name, None) == 'built-in':
        return spec_from_loader(name, BuiltinImporter, origin='built-in')
    return None


# --- the API ----------------------------------------------------------------

def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    module = sys.modules.get(name, _NEEDS_LOADING)
    if module is _NEEDS_LOADING:
        return _auditpy.import_find_and_load(name)
    if module is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
    return module


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        level = _level(name)
    return _gcd_import(name[level:], package, level)


def _calc___package__(globals):
    package = globals.get('__package__')
    spec = globals.get('__spec__')
    if package is not None:
        return package
    elif spec is not None:
        return spec.parent
    package = globals['__name__']
    if '__path__' not in globals:
        package = package.rpartition('.')[0]
    return package


def _handle_fromlist(module, fromlist, import_, *, recursive=False):
    for x in fromlist:
        if not isinstance(x, str):
            if recursive:
                where = module.__name__ + '.__all__'
            else:
                where = "``from list''"
            raise TypeError(f"Item in {where} must be str, not {type(x).__name__}")
        elif x == '*':
            if not recursive and hasattr(module, '__all__'):
                _handle_fromlist(module, module.__all__, import_, recursive=True)
        elif not hasattr(module, x):
            from_name = f'{module.__name__}.{x}'
            try:
                import_(from_name)
            except ModuleNotFoundError as exc:
                if (exc.name == from_name and
                        sys.modules.get(from_name, _NEEDS_LOADING) is not None):
                    continue
                raise
    return module


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """Import a module, as the import statement does (without its audit event)."""
    if level == 0:
        module = _gcd_import(name)
    else:
        globals_ = globals if globals is not None else {}
        package = _calc___package__(globals_)
        module = _gcd_import(name, package, level)
    if not fromlist:
        if level == 0:
            return _gcd_import(name.partition('.')[0])
        elif not name:
            return module
        else:
            cut_off = len(name) - len(name.partition('.')[0])
            return sys.modules[module.__name__[:len(module.__name__) - cut_off]]
    elif hasattr(module, '__path__'):
        return _handle_fromlist(module, fromlist, _gcd_import)
    else:
        return module


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented), and forget the directory listings of
    auditpy's path finder."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()
    PathFinder.invalidate_caches()


def _exec(spec, module):
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError('missing loader', name=spec.name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, 'exec_module'):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module


_RELOADING = {}


def reload(module):
    """Reload the module and return it: its code runs again in the same
    module object."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            else:
                pkgpath = parent.__path__
        else:
            pkgpath = None
        target = module
        spec = module.__spec__ = _find_spec(name, pkgpath, target)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _exec(spec, module)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
