"""The DB-API 2.0 interface for SQLite databases (PEP 249), as CPython 3.11's sqlite3 package.

Everything is in sqlite3.dbapi2, over auditpy's _sqlite3 (SQLite as sqlite-jdbc bundles it).
"""

from sqlite3.dbapi2 import *
