r"""OS routines for POSIX, over the Java intrinsic module posix.

As CPython's Lib/os.py (3.11), POSIX part: everything posix exports, plus
os.path (posixpath), environ/environb (_Environ over posix.environ, whose
keys and values are bytes), getenv, fsencode/fsdecode, PathLike, makedirs,
removedirs, renames, walk (raising the "os.walk" audit event), fdopen and
get_exec_path. No fwalk, popen, spawn* or exec* helpers.
"""

import abc
import sys
import stat as st
import posix as _posix
from posix import *
from _collections_abc import Mapping, MutableMapping

name = 'posix'
linesep = '\n'

try:
    from posix import _exit
except ImportError:
    pass

import posixpath as path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)
from genericpath import _fspath_fallback

sys.modules['os.path'] = path

error = OSError

if not hasattr(_posix, 'fspath'):
    fspath = _fspath_fallback
_fspath = _fspath_fallback


def _exists(name):
    return name in globals()


def _get_exports_list(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']


__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen",
           "extsep", "makedirs", "removedirs", "renames", "walk", "getenv",
           "supports_bytes_environ", "environb", "getenvb", "PathLike",
           "error", "_exit"]
for _n in _get_exports_list(_posix):
    if _n not in __all__:
        __all__.append(_n)
del _n

# Other possible SEEK values are directly imported from posix
if not _exists('SEEK_SET'):
    SEEK_SET = 0
    SEEK_CUR = 1
    SEEK_END = 2

# The capability sets of the intrinsic functions (CPython builds these from
# posix._have_functions): only what auditpy's posix implements.
# A dir_fd is a descriptor os.open gave for a directory (auditpy's keep its path), as
# CPython's *at functions take it; fd arguments as CPython's f* functions.
supports_dir_fd = set()
for _name in ("access", "mkdir", "open", "readlink", "rename", "replace",
              "rmdir", "stat", "unlink"):
    if _exists(_name):
        supports_dir_fd.add(globals()[_name])
supports_effective_ids = set()
supports_fd = set()
for _name in ("chdir", "listdir", "scandir", "stat"):
    if _exists(_name):
        supports_fd.add(globals()[_name])
del _name
supports_follow_symlinks = set()
if _exists('stat'):
    supports_follow_symlinks.add(stat)


# Super directory utilities.

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.
    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Defeats race condition when another thread created the path
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:           # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Cannot rely on checking for EEXIST, since the operating system
        # could give priority to other errors like EACCES or EROFS
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.
    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames

    dirpath is a string, the path to the directory.  dirnames is a list of
    the names of the subdirectories in dirpath (including symlinks to
    directories, and excluding '.' and '..').
    filenames is a list of the names of the non-directory files in dirpath.
    """
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []

    # We may not have read permission for top, in which case we can't
    # get a list of the files the directory contains.
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return

    try:
        while True:
            try:
                try:
                    entry = next(scandir_it)
                except StopIteration:
                    break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return

            try:
                is_dir = entry.is_dir()
            except OSError:
                # If is_dir() raises an OSError, consider that the entry is
                # not a directory, same behaviour than os.path.isdir().
                is_dir = False

            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)

            if not topdown and is_dir:
                # Bottom-up: recurse into sub-directory, but exclude symlinks
                # to directories if followlinks is False
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        # If is_symlink() raises an OSError, consider that the
                        # entry is not a symbolic link, same behaviour than
                        # os.path.islink().
                        is_symlink = False
                    walk_into = not is_symlink

                if walk_into:
                    walk_dirs.append(entry.path)
    finally:
        close = getattr(scandir_it, 'close', None)
        if close is not None:
            close()

    # Yield before recursion if going top down
    if topdown:
        yield top, dirs, nondirs

        # Recurse into sub-directories
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            # Issue #23605: os.path.islink() is used instead of caching
            # entry.is_symlink() result during the loop on os.scandir() because
            # the caller can replace the directory entry during the "yield"
            # above.
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        # Recurse into sub-directories
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        # Yield after recursion if going bottom up
        yield top, dirs, nondirs


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used.
    """
    if env is None:
        env = environ
    try:
        path_list = env.get('PATH')
    except TypeError:
        path_list = None
    try:
        path_listb = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if path_list is not None:
            raise ValueError(
                "env cannot contain 'PATH' and b'PATH' keys")
        path_list = path_listb
    if path_list is not None and isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# Filesystem encoding: CPython's 'surrogateescape' where the str codecs
# support it, else 'strict'.
def _pick_errors():
    try:
        getter = sys.getfilesystemencodeerrors
    except AttributeError:
        getter = None
    if getter is not None:
        try:
            return getter()
        except Exception:
            pass
    try:
        'a'.encode('utf-8', 'surrogateescape')
        return 'surrogateescape'
    except Exception:
        return 'strict'


def _pick_encoding():
    try:
        return sys.getfilesystemencoding()
    except AttributeError:
        return 'utf-8'


_fs_encoding = _pick_encoding()
_fs_errors = _pick_errors()


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged.
    """
    filename = fspath(filename)  # Does type-checking of `filename`.
    if isinstance(filename, str):
        return filename.encode(_fs_encoding, _fs_errors)
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged.
    """
    filename = fspath(filename)  # Does type-checking of `filename`.
    if isinstance(filename, bytes):
        return filename.decode(_fs_encoding, _fs_errors)
    return filename


# Environment: putenv()/unsetenv() come from posix when it has them; the
# fallbacks only raise CPython's audit events (auditpy starts no processes).
if not _exists('putenv'):
    def putenv(name, value):
        """Change or add an environment variable."""
        sys.audit("os.putenv", name, value)

if not _exists('unsetenv'):
    def unsetenv(name):
        """Delete an environment variable."""
        sys.audit("os.unsetenv", name)


class _Environ(MutableMapping):

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None

    def __iter__(self):
        # list() from dict object is an atomic operation
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join([
            f"{self.decodekey(key)!r}: {self.decodevalue(value)!r}"
            for key, value in self._data.items()
        ])
        return "environ({" + formatted_items + "})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (Mapping, dict)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (Mapping, dict)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _createenviron():
    # Where Env Var Names Can Be Mixed Case
    def encode(value):
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        return value.encode(_fs_encoding, _fs_errors)

    def decode(value):
        return value.decode(_fs_encoding, _fs_errors)

    data = _posix.environ
    for key in data:
        if not isinstance(key, bytes):
            # an intrinsic that keeps str: work on a bytes copy
            copy = {}
            for k, v in data.items():
                if isinstance(k, str):
                    k = encode(k)
                if isinstance(v, str):
                    v = encode(v)
                copy[k] = v
            data = copy
        break
    return _Environ(data, encode, decode, encode, decode)


# unicode environ
environ = _createenviron()
del _createenviron


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


supports_bytes_environ = True


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError(f"bytes expected, not {type(value).__name__}")
    return value


# bytes environ
environb = _Environ(environ._data,
                    _check_bytes, bytes,
                    _check_bytes, bytes)
del _check_bytes


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError


# The exec family over posix.execv and posix.execve (which raise the "os.exec" event): the l forms take the
# arguments one by one (execle and execlpe: the environment last), the p forms search PATH for a file name without
# a directory, trying each directory in turn and raising the first error that is not "not found" (else the last).
def execl(file, *args):
    """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """execlp(file, *args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process. """
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the current
    process. """
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the
    current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is None:
        call, rest, search_env = execv, (args,), environ
    else:
        call, rest, search_env = execve, (args, env), env
    if path.dirname(file):
        call(file, *rest)
        return
    first_error = None
    last_error = None
    for directory in get_exec_path(search_env):
        candidate = path.join(fsencode(directory), fsencode(file))
        try:
            call(candidate, *rest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_error = e
        except OSError as e:
            last_error = e
            if first_error is None:
                first_error = e
    if first_error is not None:
        raise first_error
    raise last_error


__all__.extend(["execl", "execle", "execlp", "execlpe", "execvp", "execvpe"])
