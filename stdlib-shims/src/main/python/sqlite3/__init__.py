"""The DB-API 2.0 interface for SQLite databases (PEP 249), as CPython 3.11's sqlite3 package.

Everything is in sqlite3.dbapi2, over auditpy's _sqlite3 (SQLite as sqlite-jdbc bundles it).
"""

from sqlite3.dbapi2 import *
from sqlite3 import dbapi2 as _dbapi2


def __getattr__(name):
    # sqlite_version and sqlite_version_info: read (loading SQLite) on first use
    if name in ("sqlite_version", "sqlite_version_info"):
        return getattr(_dbapi2, name)
    raise AttributeError(f"module 'sqlite3' has no attribute '{name}'")
