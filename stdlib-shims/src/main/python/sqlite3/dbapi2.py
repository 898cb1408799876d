"""sqlite3's DB-API 2.0 objects: Connection, Cursor, Row, the exceptions, adapters and converters.

Behaviour is CPython 3.11's Modules/_sqlite (connection.c, cursor.c, row.c,
microprotocols.c, module.c), written here in Python over auditpy's _sqlite3
intrinsic, which runs the statements through sqlite-jdbc. Audit events as
CPython's: "sqlite3.connect" with (database,) before a connection is opened and
"sqlite3.connect/handle" with (connection,) after. Like the CPython this is
measured against (built without loadable extensions), Connection has no
enable_load_extension or load_extension.

Known differences: sqlite_version is the SQLite that sqlite-jdbc bundles; the
statement cache, create_aggregate, create_collation, create_window_function,
set_authorizer, set_progress_handler, set_trace_callback, backup, blobopen,
serialize, iterdump and the date/time adapters are missing.
"""

import sys
import _thread
import _sqlite3 as _sq

__all__ = [
    "connect", "complete_statement", "register_adapter", "register_converter",
    "adapt", "enable_callback_tracebacks", "enable_shared_cache",
    "Connection", "Cursor", "Row", "PrepareProtocol", "Binary",
    "Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
    "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
    "NotSupportedError",
    "PARSE_DECLTYPES", "PARSE_COLNAMES", "SQLITE_OK", "SQLITE_DENY",
    "SQLITE_IGNORE", "adapters", "converters", "apilevel", "paramstyle",
    "threadsafety", "version", "version_info",
]

paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
_version = []


def __getattr__(name):
    # sqlite_version and sqlite_version_info load SQLite's native library: on first use, not at import
    if name in ("sqlite_version", "sqlite_version_info"):
        if not _version:
            v = _sq.sqlite_version()
            _version.append(v)
            _version.append(tuple(int(x) for x in v.split(".")))
        return _version[0] if name == "sqlite_version" else _version[1]
    raise AttributeError(f"module 'sqlite3.dbapi2' has no attribute '{name}'")


PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2

try:
    Binary = memoryview
    _BUFFERS = (bytes, bytearray, memoryview)
except NameError:  # auditpy has no memoryview
    Binary = bytes
    _BUFFERS = (bytes, bytearray)


class Warning(Exception):
    __module__ = "sqlite3"


class Error(Exception):
    __module__ = "sqlite3"


class InterfaceError(Error):
    __module__ = "sqlite3"


class DatabaseError(Error):
    __module__ = "sqlite3"


class InternalError(DatabaseError):
    __module__ = "sqlite3"


class OperationalError(DatabaseError):
    __module__ = "sqlite3"


class ProgrammingError(DatabaseError):
    __module__ = "sqlite3"


class IntegrityError(DatabaseError):
    __module__ = "sqlite3"


class DataError(DatabaseError):
    __module__ = "sqlite3"


class NotSupportedError(DatabaseError):
    __module__ = "sqlite3"


# the classes _sqlite3 raises (by name) for sqlite's errors
for _e in (InterfaceError, DatabaseError, InternalError, OperationalError,
           ProgrammingError, IntegrityError, DataError):
    setattr(_sq, _e.__name__, _e)
del _e


# ---------------------------------------------------------------- adapters

class PrepareProtocol:
    """The protocol object adapters are registered for (microprotocols.c)."""
    __module__ = "sqlite3"


adapters = {}
converters = {}
_base_type_adapted = False
_callback_tracebacks = False
_missing = object()


def register_adapter(type, adapter, /):
    """Registers adapter(obj) to turn objects of exactly `type` into a type SQLite supports."""
    global _base_type_adapted
    if type in (int, float, str, bytearray):
        _base_type_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    """Registers converter(bytes) for columns of declared type or column-name type `typename` (any case)."""
    if not isinstance(typename, str):
        raise TypeError(f"register_converter() argument 1 must be str, not {type(typename).__name__}")
    converters[typename.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=_missing, /):
    """PEP 246 style adaptation of obj, as microprotocols.c pysqlite_microprotocols_adapt."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    hook = getattr(proto, "__adapt__", None)
    if hook is not None:
        try:
            adapted = hook(obj)
        except TypeError:
            adapted = None
        if adapted is not None:
            return adapted
    hook = getattr(obj, "__conform__", None)
    if hook is not None:
        try:
            adapted = hook(proto)
        except TypeError:
            adapted = None
        if adapted is not None:
            return adapted
    if alt is not _missing:
        return alt
    raise ProgrammingError("can't adapt")


def complete_statement(statement):
    """True if `statement` ends with a complete SQL statement (sqlite3_complete)."""
    if not isinstance(statement, str):
        raise TypeError(f"complete_statement() argument 'statement' must be str, not {type(statement).__name__}")
    return _sq.complete(statement)


def enable_callback_tracebacks(enable, /):
    """Print the tracebacks of exceptions raised in user-defined functions (kept; printing is not done)."""
    global _callback_tracebacks
    _callback_tracebacks = bool(enable)


def enable_shared_cache(enable):
    """Accepted for compatibility; shared cache is not used."""
    return None


def _bindable(value, index):
    """The value bound for parameter `index` (1-based), as cursor.c bind_parameters and bind_param."""
    if _base_type_adapted or type(value) not in (int, float, str, bytearray):
        value = adapt(value, PrepareProtocol, value)
    if value is None:
        return None
    t = type(value)
    if t is int or t is float or t is str:
        return value
    if t is bool or isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, _BUFFERS):
        return bytes(value)
    raise ProgrammingError(f"Error binding parameter {index}: type '{t.__name__}' is not supported")


def _bind(parameters, count, names):
    """The bound values of a statement with `count` parameters named `names`, from a sequence or a mapping."""
    if isinstance(parameters, (tuple, list)) or (not isinstance(parameters, dict) and _is_sequence(parameters)):
        n = len(parameters)
        if n != count:
            raise ProgrammingError(
                f"Incorrect number of bindings supplied. The current statement uses {count}, "
                f"and there are {n} supplied.")
        return tuple(_bindable(parameters[i], i + 1) for i in range(n))
    if isinstance(parameters, dict):
        values = []
        for i in range(count):
            name = names[i]
            if name is None:
                raise ProgrammingError(
                    f"Binding {i + 1} has no name, but you supplied a dictionary (which has only names).")
            key = name[1:]
            try:
                value = parameters[key]
            except KeyError:
                raise ProgrammingError(f"You did not supply a value for binding parameter {name}.") from None
            values.append(_bindable(value, i + 1))
        return tuple(values)
    raise ProgrammingError("parameters are of unsupported type")


def _is_sequence(obj):
    return hasattr(type(obj), "__getitem__") and hasattr(type(obj), "__len__")


def _lstrip_sql(sql):
    """The statement without its leading whitespace and comments (statement.c lstrip_sql)."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in " \t\r\n\f":
            i += 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            if j < 0:
                return ""
            i = j + 1
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            if j < 0:
                return ""
            i = j + 2
        else:
            break
    return sql[i:]


def _is_dml(sql):
    """statement.c's test: the statement starts (after whitespace and comments) with INSERT, UPDATE, DELETE or
    REPLACE."""
    s = _lstrip_sql(sql)[:7].upper()
    return s.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE"))


_READONLY = ("SELECT", "VALUES", "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "EXPLAIN")


def _readonly(sql):
    """An approximation of sqlite3_stmt_readonly from the first keyword (executemany refuses such statements)."""
    words = sql.upper().split()
    if not words:
        return True
    first = words[0].lstrip("(")
    if first in _READONLY:
        return True
    if first == "WITH":
        return not any(w in ("INSERT", "UPDATE", "DELETE", "REPLACE") for w in words)
    return False


# ---------------------------------------------------------------- Connection

_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


class Connection:
    """A connection to an SQLite database (CPython's Modules/_sqlite/connection.c)."""
    __module__ = "sqlite3"

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        sys.audit("sqlite3.connect", database)
        path = database
        if type(path) is not str:
            import os
            path = os.fspath(path)
            path = os.fsdecode(path) if isinstance(path, bytes) else str(path)
        if "\0" in path:
            raise ValueError("embedded null character")
        self._handle = None
        self._handle = _sq.open(path, float(timeout), bool(uri))
        self._thread = _thread.get_ident()
        self._check_same_thread = bool(check_same_thread)
        self.detect_types = int(detect_types)
        self.row_factory = None
        self.text_factory = str
        self._isolation_level = None
        self.isolation_level = isolation_level
        sys.audit("sqlite3.connect/handle", self)

    def _check(self):
        if self._check_same_thread and _thread.get_ident() != self._thread:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                f"The object was created in thread id {self._thread} and this is thread id {_thread.get_ident()}.")
        if getattr(self, "_handle", None) is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        return self._handle

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is None:
            if getattr(self, "_handle", None) is not None and _sq.in_transaction(self._handle):
                _sq.exec(self._handle, "COMMIT")
            self._isolation_level = None
            return
        if not isinstance(value, str):
            raise TypeError("isolation_level must be str or None")
        if value.upper() not in _LEVELS:
            raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
        self._isolation_level = value

    @property
    def in_transaction(self):
        return _sq.in_transaction(self._check())

    @property
    def total_changes(self):
        return _sq.total_changes(self._check())

    def _begin(self):
        _sq.exec(self._handle, "BEGIN " + self._isolation_level)

    def cursor(self, factory=None):
        """A new cursor of this connection (factory(self), by default Cursor)."""
        self._check()
        cursor = (Cursor if factory is None else factory)(self)
        if not isinstance(cursor, Cursor):
            raise TypeError(f"factory must return a cursor, not {type(cursor).__name__}")
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        """Commits the pending transaction, if any."""
        h = self._check()
        if _sq.in_transaction(h):
            _sq.exec(h, "COMMIT")

    def rollback(self):
        """Rolls back the pending transaction, if any."""
        h = self._check()
        if _sq.in_transaction(h):
            _sq.exec(h, "ROLLBACK")

    def close(self):
        """Closes the database (a pending transaction is rolled back, as sqlite3_close_v2 does)."""
        if self._check_same_thread and _thread.get_ident() != self._thread:
            self._check()
        h = getattr(self, "_handle", None)
        if h is not None:
            self._handle = None
            _sq.close(h)

    def create_function(self, name, narg, func, *, deterministic=False):
        """Makes the Python callable `func` an SQL function `name` of `narg` arguments (-1: any number)."""
        h = self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_function() argument 'name' must be str, not {type(name).__name__}")
        _sq.create_function(h, name, int(narg), func, bool(deterministic))

    def interrupt(self):
        self._check()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def __call__(self, sql):
        raise NotSupportedError("statement caching is not supported")


# the exceptions as attributes of connections (CPython: member descriptors of the type, read on instances)
for _e in (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError, IntegrityError,
           InternalError, ProgrammingError, NotSupportedError):
    setattr(Connection, _e.__name__, property(lambda self, _e=_e: _e))
del _e


def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    """Opens a connection to the SQLite database file `database` (":memory:" for one in memory)."""
    return factory(database, timeout=timeout, detect_types=detect_types, isolation_level=isolation_level,
                   check_same_thread=check_same_thread, factory=factory, cached_statements=cached_statements,
                   uri=uri)


# ---------------------------------------------------------------- Cursor

class Cursor:
    """A cursor over a connection (CPython's Modules/_sqlite/cursor.c)."""
    __module__ = "sqlite3"

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {type(connection).__name__}")
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.rowcount = -1
        self.lastrowid = None
        self._description = None
        self._stmt = None
        self._raw = ()
        self._converters = None
        self._closed = False
        self._initialized = True

    @property
    def description(self):
        return self._description

    def _check(self):
        if not getattr(self, "_initialized", False):
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        return self.connection._check()

    def _finalize(self):
        if self._stmt is not None:
            stmt, self._stmt = self._stmt, None
            _sq.finalize(stmt)

    def _prepare(self, h, sql, what):
        if not isinstance(sql, str):
            raise TypeError(f"{what}() argument 1 must be str, not {type(sql).__name__}")
        if "\0" in sql:
            raise ProgrammingError("the query contains a null character")
        self._finalize()
        self._description = None
        self.rowcount = -1
        empty, tail = _sq.scan(sql)
        if empty:
            if tail:
                raise ProgrammingError("You can only execute one statement at a time.")
            return None
        prepared = _sq.prepare(h, sql, self)
        if tail:
            _sq.finalize(prepared[0])
            raise ProgrammingError("You can only execute one statement at a time.")
        return prepared

    def _started(self, stmt, result):
        """Keeps the statement while it has rows: description and converters from its columns."""
        columns, decltypes, changes = result
        if columns is None:
            _sq.finalize(stmt)
            return
        self._stmt = stmt
        detect = self.connection.detect_types
        names = []
        convs = []
        for name, decl in zip(columns, decltypes):
            conv = None
            if detect & PARSE_COLNAMES:
                start = name.find("[")
                if start >= 0:
                    end = name.find("]", start)
                    if end >= 0:
                        conv = converters.get(name[start + 1:end].upper())
                    name = name[:start].rstrip(" ")
            if conv is None and detect & PARSE_DECLTYPES and decl:
                base = decl
                for i, ch in enumerate(decl):
                    if ch == " " or ch == "(":
                        base = decl[:i]
                        break
                conv = converters.get(base.upper())
            names.append((name, None, None, None, None, None, None))
            convs.append(conv)
        self._description = tuple(names)
        self._raw = tuple(i for i, c in enumerate(convs) if c is not None)
        self._converters = convs if self._raw else None

    def execute(self, sql, parameters=(), /):
        """Runs one SQL statement with its parameters (a sequence for ?, a mapping for :name); returns self."""
        h = self._check()
        prepared = self._prepare(h, sql, "execute")
        if prepared is None:
            return self
        stmt, count, names = prepared
        try:
            values = _bind(parameters, count, names)
            dml = _is_dml(sql)
            conn = self.connection
            if dml and conn._isolation_level is not None and not _sq.in_transaction(h):
                conn._begin()
            result = _sq.step(stmt, values)
        except BaseException:
            _sq.finalize(stmt)
            raise
        self.rowcount = result[2] if dml else -1
        self._started(stmt, result)
        self.lastrowid = _sq.last_insert_rowid(h)
        return self

    def executemany(self, sql, seq_of_parameters, /):
        """Runs one DML statement once for each parameter set of an iterable; returns self."""
        h = self._check()
        prepared = self._prepare(h, sql, "executemany")
        if prepared is None:
            return self
        stmt, count, names = prepared
        try:
            if _readonly(sql):
                raise ProgrammingError("executemany() can only execute DML statements.")
            dml = _is_dml(sql)
            conn = self.connection
            if dml and conn._isolation_level is not None and not _sq.in_transaction(h):
                conn._begin()
            total = 0
            for parameters in seq_of_parameters:
                result = _sq.step(stmt, _bind(parameters, count, names))
                if result[0] is not None:
                    raise ProgrammingError("executemany() can only execute DML statements.")
                total += result[2]
        except BaseException:
            _sq.finalize(stmt)
            raise
        _sq.finalize(stmt)
        self.rowcount = total if dml else -1
        return self

    def executescript(self, sql_script, /):
        """Commits a pending transaction, then runs every statement of the script (no parameters); returns self."""
        h = self._check()
        if not isinstance(sql_script, str):
            raise TypeError(f"executescript() argument must be str, not {type(sql_script).__name__}")
        if "\0" in sql_script:
            raise ProgrammingError("the query contains a null character")
        self._finalize()
        self._description = None
        self.rowcount = -1
        if _sq.in_transaction(h):
            _sq.exec(h, "COMMIT")
        _sq.exec(h, sql_script)
        return self

    def _rows(self, n):
        """Up to n rows (n < 0: all) through the converters, text_factory and row_factory."""
        self._check()
        stmt = self._stmt
        if stmt is None:
            return []
        tf = self.connection.text_factory
        mode = None if tf is str else True if tf is bytes else tf
        rows = _sq.fetch(stmt, n, mode, self._raw)
        if n < 0 or len(rows) < n:
            self._finalize()
        convs = self._converters
        if convs is not None:
            out = []
            for row in rows:
                out.append(tuple(v if c is None or v is None else c(v) for c, v in zip(convs, row)))
            rows = out
        factory = self.row_factory
        if factory is not None:
            rows = [factory(self, row) for row in rows]
        return rows

    def fetchone(self):
        """The next row, or None when there is none."""
        rows = self._rows(1)
        return rows[0] if rows else None

    def fetchmany(self, size=None):
        """Up to `size` (default: arraysize) further rows as a list."""
        if size is None:
            size = self.arraysize
        return self._rows(max(int(size), 0)) if size > 0 else []

    def fetchall(self):
        """All remaining rows as a list."""
        return self._rows(-1)

    def __iter__(self):
        return self

    def __next__(self):
        rows = self._rows(1)
        if not rows:
            raise StopIteration
        return rows[0]

    def close(self):
        """Closes the cursor; later use raises ProgrammingError."""
        if not getattr(self, "_initialized", False):
            raise ProgrammingError("Base Cursor.__init__ not called.")
        self.connection._check()
        self._finalize()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


# ---------------------------------------------------------------- Row

def _fold(s):
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in s)


class Row:
    """A row indexable by position and by case-insensitive column name (CPython's Modules/_sqlite/row.c)."""
    __module__ = "sqlite3"

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {type(cursor).__name__}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {type(data).__name__}")
        self._description = cursor.description
        self._data = data

    def keys(self):
        """The column names."""
        return [d[0] for d in self._description] if self._description else []

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            folded = _fold(key)
            for i, d in enumerate(self._description or ()):
                if _fold(d[0]) == folded:
                    return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)
