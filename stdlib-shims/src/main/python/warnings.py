"""Python part of the warnings subsystem.

As CPython's Lib/warnings.py (3.11, the pure-Python implementation used
when _warnings is missing): warn, warn_explicit, showwarning,
formatwarning, filterwarnings, simplefilter, resetwarnings, catch_warnings
and -W option processing (sys.warnoptions), with CPython's default filters
and output format "FILE:LINE: Category: message" plus the source line.
Message and module patterns go through a small matcher instead of re: it
handles literal text, "." and ".*", backslash escapes and a final "\\Z" or
"$" (what -W options and typical filterwarnings() calls produce).
"""

import sys
import _auditpy

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # sys.stderr is None when run with pythonw.exe:
            # warnings get lost
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        # the file (probably stderr) is invalid - this warning gets lost.
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"

    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            # When a warning is logged during Python shutdown, linecache
            # and the import machinery don't work anymore
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  " + line + "\n"
    return s


# Keep a reference to check if the function was replaced
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # warnings.showwarning() was replaced
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")

            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


# Keep a reference to check if the function was replaced
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            # warnings.formatwarning() was replaced
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


class _SimplePattern:
    """A stand-in for a compiled regular expression when re is missing:
    literal text, '.', '.*', backslash escapes and a final '\\Z' or '$'."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._ignorecase = ignorecase
        tokens = []
        anchored = False
        i = 0
        n = len(pattern)
        while i < n:
            c = pattern[i]
            if c == '\\' and i + 1 < n:
                if pattern[i + 1] == 'Z' and i + 2 == n:
                    anchored = True
                    break
                tokens.append(pattern[i + 1])
                i += 2
                continue
            if c == '$' and i + 1 == n:
                anchored = True
                break
            if c == '.' and i + 1 < n and pattern[i + 1] == '*':
                tokens.append(None)      # any sequence
                i += 2
                continue
            if c == '.':
                tokens.append(0)         # any character
                i += 1
                continue
            tokens.append(c)
            i += 1
        if ignorecase:
            tokens = [t.lower() if isinstance(t, str) else t for t in tokens]
        self._tokens = tokens
        self._anchored = anchored

    def match(self, text):
        if self._ignorecase:
            text = text.lower()
        return self._match_from(0, 0, text)

    def _match_from(self, ti, pos, text):
        tokens = self._tokens
        while ti < len(tokens):
            token = tokens[ti]
            if token is None:
                for start in range(len(text), pos - 1, -1):
                    if self._match_from(ti + 1, start, text):
                        return True
                return False
            if pos >= len(text):
                return False
            if token != 0 and token != text[pos]:
                return False
            ti += 1
            pos += 1
        return not self._anchored or pos == len(text)


def _compile(pattern, ignorecase):
    return _SimplePattern(pattern, ignorecase)


def _escape(text):
    out = []
    for c in text:
        if not (c.isalnum() or c == '_'):
            out.append('\\')
        out.append(c)
    return ''.join(out)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), f"invalid action: {action!r}"
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"

    if message:
        message = _compile(message, True)
    else:
        message = None
    if module:
        module = _compile(module, False)
    else:
        module = None

    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'category' -- a class that the warning must be a subclass of
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), f"invalid action: {action!r}"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove possible duplicate filters, so new one will be placed
    # in correct place. If append=True and duplicate exists, do nothing.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


# Helper to process -W options passed via sys.warnoptions
def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


# Helper for _processoptions()
def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip()
                                                 for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError(f"invalid lineno {lineno!r}") from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


# Helper for _setoption()
def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"  # Alias
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError(f"invalid action: {action!r}")


# Helper for _setoption()
def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError(f"invalid module name: {module!r}") from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError(f"unknown warning category: {category!r}") from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError(f"invalid warning category: {category!r}")
    return cat


# Code typically replaced by _warnings
def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    # Check if message is already a Warning object
    if isinstance(message, Warning):
        category = message.__class__
    # Check category argument
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        f"not '{type(category).__name__}'")
    # Get context information
    # (the frame's context read as _warnings.c's setup_context reads it: without sys._getframe's audit events)
    try:
        globals, filename, lineno = _auditpy.frame_info(stacklevel)
    except ValueError:
        globals = getattr(sys, '__dict__', {})
        filename = "sys"
        lineno = 1
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]  # XXX What about leading pathname?
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # Quick test for common case
    if registry.get(key):
        return
    # Search the filters
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and
                issubclass(category, cat) and
                (mod is None or _matches(mod, module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    # Early exit actions
    if action == "ignore":
        return

    if action == "error":
        raise message
    # Other actions
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        # Unrecognized actions are errors
        raise RuntimeError(
            f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")
    # Print message and context
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : "
                f"{self._category_name!r}, filename : {self.filename!r}, "
                f"lineno : {self.lineno}, line : {self.line!r}}}")


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    The 'record' argument specifies whether warnings should be captured by a
    custom implementation of warnings.showwarning() and be appended to a list
    returned by the context manager. Otherwise None is returned by the context
    manager. The objects appended to the list are arguments whose attributes
    mirror the arguments to showwarning().

    If the 'action' argument is not None, the remaining arguments are passed
    to warnings.simplefilter() as if it were called immediately on entering the
    context.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append(f"module={self._module!r}")
        name = type(self).__name__
        return name + "(" + ", ".join(args) + ")"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            self._module.simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure
            # that _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# Module initialization: CPython's default filters for a release build.
# Plain strings in the module slot match exactly, as in the C _warnings.
filters = []
defaultaction = "default"
onceregistry = {}
_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that *name* is deprecated or should be removed (CPython's internal helper, used by locale)."""
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if _version[:2] > remove or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {remove_formatted} alpha")
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)


_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# -W options first (each one inserted at the front), then the default
# filters of a release build, appended (none in development mode).
_processoptions(list(getattr(sys, 'warnoptions', ())))
if not getattr(getattr(sys, 'flags', None), 'dev_mode', False):
    filters.append(("default", None, DeprecationWarning, "__main__", 0))
    filters.append(("ignore", None, DeprecationWarning, None, 0))
    filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
    filters.append(("ignore", None, ImportWarning, None, 0))
    filters.append(("ignore", None, ResourceWarning, None, 0))
