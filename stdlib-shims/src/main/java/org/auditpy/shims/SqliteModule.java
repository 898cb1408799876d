package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;
import static org.auditpy.shims.Fns.toLong;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.sqlite.Function;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * {@code _sqlite3}: the native half of auditpy's {@code sqlite3} package (sqlite3/dbapi2.py holds Connection,
 * Cursor, Row, the exceptions and the DB-API logic of CPython's Modules/_sqlite), over the SQLite that sqlite-jdbc
 * bundles. Connections and prepared statements are handles (ints) into per-module tables; the JDBC connection stays
 * in auto-commit mode, and transactions are the SQL statements that dbapi2.py issues itself (BEGIN, COMMIT,
 * ROLLBACK), as CPython's connection.c does with sqlite3_exec.
 * <p>
 * What JDBC does not expose is rebuilt here: {@code sqlite3_get_autocommit} (whether a transaction is open) is followed
 * from the statements that open and end one ({@link SqlScanner.Transaction}) and from sqlite's rollback hook;
 * {@code sqlite3_bind_parameter_name} and the statement's tail (CPython's "You can only execute one statement at a
 * time.") come from {@link SqlScanner}. A {@link SQLiteException} becomes the sqlite3 exception of its primary result
 * code with sqlite's own message and {@code sqlite_errorcode}/{@code sqlite_errorname}, as CPython's
 * Modules/_sqlite/util.c {@code _pysqlite_seterror}.
 */
final class SqliteModule {
    private SqliteModule() {
    }

    /** A connection: the JDBC connection, whether a transaction is open, its open statements. */
    static final class Conn {
        final SQLiteConnection jdbc;
        final DB db;
        final SqlScanner.Transaction tx = new SqlScanner.Transaction();
        final Map<Long, Stmt> statements = new HashMap<>();
        PreparedStatement lastRowid;

        Conn(SQLiteConnection jdbc) {
            this.jdbc = jdbc;
            this.db = jdbc.getDatabase();
        }
    }

    /** A prepared statement and, while it has rows left, its result set. */
    static final class Stmt {
        final Conn conn;
        final PreparedStatement ps;
        final String sql;
        ResultSet rs;

        Stmt(Conn conn, PreparedStatement ps, String sql) {
            this.conn = conn;
            this.ps = ps;
            this.sql = sql;
        }

        void closeResult() {
            if (rs != null) {
                try {
                    rs.close();
                } catch (SQLException e) {
                    // already finalized with its connection
                }
                rs = null;
            }
        }
    }

    /** The module's handle tables (one module object per context). */
    static final class State {
        final PyDict ns;
        final Map<Long, Conn> conns = new HashMap<>();
        final Map<Long, Stmt> stmts = new HashMap<>();
        /** Statements whose cursor became unreachable (queued by the cleaner's thread, finalized here). */
        final java.util.Queue<Long> dropped = new java.util.concurrent.ConcurrentLinkedQueue<>();
        long next = 1;

        State(PyDict ns) {
            this.ns = ns;
        }

        Conn conn(Object h) {
            Conn c = conns.get(toLong(h));
            if (c == null) {
                throw error("ProgrammingError", "Cannot operate on a closed database.");
            }
            return c;
        }

        Stmt stmt(Object h) {
            Stmt s = stmts.get(toLong(h));
            if (s == null) {
                throw error("ProgrammingError", "Cannot operate on a closed cursor.");
            }
            return s;
        }

        /** Raises the sqlite3 exception class named {@code name} that dbapi2.py stored in this module. */
        PyException error(String name, String message) {
            Object t = ns.getStr(name);
            if (t instanceof PyType type) {
                return PyErrors.raise(type, message);
            }
            return PyErrors.raise("RuntimeError", "sqlite3: " + message);
        }

        /** The sqlite3 exception for a JDBC failure, as CPython's _pysqlite_seterror. */
        PyException sqlError(SQLException e) {
            if (!(e instanceof SQLiteException se)) {
                return error("InterfaceError", e.getMessage());
            }
            SQLiteErrorCode code = se.getResultCode();
            int extended = code == null ? 1 : code.code;
            String msg = sqliteMessage(se);
            String cls = switch (extended & 0xff) {
                case 2, 12 -> "InternalError";
                case 7 -> null;
                case 1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17 -> "OperationalError";
                case 11 -> "DatabaseError";
                case 18 -> "DataError";
                case 19, 20 -> "IntegrityError";
                case 21, 25 -> "InterfaceError";
                default -> "DatabaseError";
            };
            if (cls == null) {
                return PyErrors.raise("MemoryError", msg);
            }
            PyException pe = error(cls, msg);
            PyBaseException ex = pe.getPyException();
            PyOps.setAttribute(ex, "sqlite_errorcode", (long) extended);
            PyOps.setAttribute(ex, "sqlite_errorname", code == null ? "SQLITE_ERROR" : code.name());
            return pe;
        }
    }

    /**
     * sqlite's own message (sqlite3_errmsg) from a SQLiteException, whose message sqlite-jdbc builds as
     * {@code "[NAME] description (errmsg)"}.
     */
    static String sqliteMessage(SQLiteException e) {
        String m = e.getMessage();
        SQLiteErrorCode code = e.getResultCode();
        if (m == null) {
            return "unknown error";
        }
        if (code != null) {
            String prefix = "[" + code.name() + "] " + code.message + " (";
            if (m.startsWith(prefix) && m.endsWith(")")) {
                return m.substring(prefix.length(), m.length() - 1);
            }
            if (m.equals("[" + code.name() + "] " + code.message)) {
                return primaryMessage(code.code & 0xff, code.message);
            }
        }
        return m;
    }

    /** sqlite3_errstr of a primary result code, for failures that carry no message of their own. */
    private static String primaryMessage(int code, String fallback) {
        return switch (code) {
            case 14 -> "unable to open database file";
            case 5 -> "database is locked";
            case 8 -> "attempt to write a readonly database";
            case 26 -> "file is not a database";
            default -> fallback;
        };
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_sqlite3");
        PyDict ns = m.getDict();
        State st = new State(ns);
        def(ctx, ns, "open", "path, timeout, uri, /", a -> open(st, a));
        def(ctx, ns, "close", "conn, /", a -> {
            Conn c = st.conns.remove(toLong(a[0]));
            if (c != null) {
                for (Long id : c.statements.keySet()) {
                    st.stmts.remove(id);
                }
                try {
                    c.jdbc.close();
                } catch (SQLException e) {
                    throw st.sqlError(e);
                }
            }
            return null;
        });
        def(ctx, ns, "exec", "conn, sql, /", a -> {
            Conn c = st.conn(a[0]);
            String sql = (String) a[1];
            try {
                int rc = c.db._exec(sql);
                if (rc != 0) {
                    c.db.throwex(rc);
                }
            } catch (SQLException e) {
                throw st.sqlError(e);
            }
            c.tx.after(sql);
            return null;
        });
        def(ctx, ns, "in_transaction", "conn, /", a -> st.conn(a[0]).tx.open);
        def(ctx, ns, "total_changes", "conn, /", a -> {
            try {
                return st.conn(a[0]).db.total_changes();
            } catch (SQLException e) {
                throw st.sqlError(e);
            }
        });
        def(ctx, ns, "last_insert_rowid", "conn, /", a -> lastInsertRowid(st, st.conn(a[0])));
        def(ctx, ns, "prepare", "conn, sql, owner, /", a -> prepare(st, a));
        def(ctx, ns, "step", "stmt, params, /", a -> step(st, st.stmt(a[0]), (PyTuple) a[1]));
        def(ctx, ns, "fetch", "stmt, n, text_mode, raw_columns, /", a -> fetch(st, a));
        def(ctx, ns, "finalize", "stmt, /", a -> {
            finalizeStatement(st, toLong(a[0]));
            return null;
        });
        def(ctx, ns, "reset", "stmt, /", a -> {
            Stmt s = st.stmts.get(toLong(a[0]));
            if (s != null) {
                s.closeResult();
            }
            return null;
        });
        def(ctx, ns, "scan", "sql, /", a -> SqlScanner.scan((String) a[0]));
        def(ctx, ns, "complete", "sql, /", a -> SqlScanner.complete((String) a[0]));
        def(ctx, ns, "create_function", "conn, name, narg, func, deterministic, /", a -> {
            Conn c = st.conn(a[0]);
            PythonFunction f = new PythonFunction(a[3]);
            try {
                Function.create(c.jdbc, (String) a[1], f, Fns.toInt(a[2]), PyOps.isTrue(a[4]) ? Function.FLAG_DETERMINISTIC : 0);
            } catch (SQLException e) {
                throw st.sqlError(e);
            }
            return null;
        });
        def(ctx, ns, "sqlite_version", "", a -> {
            try (SQLiteConnection c = new org.sqlite.jdbc4.JDBC4Connection("jdbc:sqlite::memory:", ":memory:", new java.util.Properties())) {
                return c.libversion();
            } catch (SQLException e) {
                throw st.sqlError(e);
            }
        });
        return m;
    }

    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    /**
     * SQLITE_LOCKED ("database table is locked") while statements of unreachable cursors are still open (CPython
     * would have finalized them when their cursor's reference count dropped): collects garbage and finalizes the
     * statements of the cursors it found; says whether there were any, so that the statement is tried again.
     */
    private static boolean collectDropped(State st) {
        boolean any = false;
        for (int i = 0; i < 5 && !any; i++) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Long gone;
            while ((gone = st.dropped.poll()) != null) {
                any |= st.stmts.containsKey(gone);
                finalizeStatement(st, gone);
            }
        }
        return any;
    }

    private static void finalizeStatement(State st, long id) {
        Stmt s = st.stmts.remove(id);
        if (s != null) {
            s.conn.statements.remove(id);
            s.closeResult();
            try {
                s.ps.close();
            } catch (SQLException e) {
                // finalized with its connection already
            }
        }
    }

    /**
     * Opens {@code path} (a str, relative to auditpy's working directory unless ":memory:", "" or a URI) with a busy
     * timeout of {@code timeout} seconds; returns the connection's handle. As CPython's connection.c init: the
     * sqlite3.connect event has been raised by dbapi2.py.
     */
    private static Object open(State st, Object[] a) {
        String path = (String) a[0];
        double timeout = a[1] instanceof Double d ? d : (double) toLong(a[1]);
        boolean uri = PyOps.isTrue(a[2]);
        String file;
        SQLiteConfig cfg = new SQLiteConfig();
        if (uri) {
            cfg.setOpenMode(SQLiteOpenMode.OPEN_URI);
            file = path;
        } else if (path.equals(":memory:") || path.isEmpty()) {
            file = path;
        } else {
            file = PosixModule.resolve(path).toString();
        }
        cfg.setBusyTimeout((int) Math.max(0, Math.min(Integer.MAX_VALUE, timeout * 1000)));
        SQLiteConnection jdbc;
        try {
            jdbc = (SQLiteConnection) cfg.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw st.sqlError(e);
        }
        Conn c = new Conn(jdbc);
        c.db.addCommitListener(new SQLiteCommitListener() {
            @Override
            public void onCommit() {
                // a commit of a write transaction (BEGIN ... COMMIT statements are followed by SqlScanner)
            }

            @Override
            public void onRollback() {
                // also an automatic rollback after an error (SQLITE_FULL, SQLITE_IOERR, ...)
                c.tx.open = false;
            }
        });
        long id = st.next++;
        st.conns.put(id, c);
        return id;
    }

    /**
     * Prepares {@code sql} (one statement; the tail is dbapi2.py's to check) for the cursor {@code owner}: returns {@code (handle, parameter
     * count, parameter names, column names or None)}, the names as sqlite3_bind_parameter_name gives them (with
     * their prefix, None for an unnamed {@code ?}).
     */
    private static Object prepare(State st, Object[] a) {
        Long gone;
        while ((gone = st.dropped.poll()) != null) {
            finalizeStatement(st, gone);
        }
        Conn c = st.conn(a[0]);
        String sql = (String) a[1];
        PreparedStatement ps;
        int count;
        try {
            ps = c.jdbc.prepareStatement(sql);
            count = ps.getParameterMetaData().getParameterCount();
        } catch (SQLException e) {
            throw st.sqlError(e);
        }
        List<String> names = SqlScanner.parameterNames(sql);
        Object[] pn = new Object[count];
        for (int i = 0; i < count; i++) {
            String n = i < names.size() ? names.get(i) : null;
            pn[i] = n == null ? PyNone.NONE : n;
        }
        long id = st.next++;
        Stmt s = new Stmt(c, ps, sql);
        st.stmts.put(id, s);
        c.statements.put(id, s);
        // a cursor dropped before its rows ran out: its statement is finalized at the next prepare, as CPython's
        // cursor dealloc does (the action holds the id only, never the cursor)
        CLEANER.register(a[2], () -> st.dropped.add(id));
        return PyTuple.of(id, (long) count, PyTuple.of(pn));
    }

    /**
     * Binds {@code params} (None, int, float, str or bytes, already adapted by dbapi2.py) and runs the statement to
     * its first row: returns {@code (column names or None, declared types or None, changes)}; CPython's
     * _pysqlite_query_execute binds and steps the same way.
     */
    private static Object step(State st, Stmt s, PyTuple params) {
        s.closeResult();
        Conn c = s.conn;
        try {
            s.ps.clearParameters();
            Object[] p = params.items();
            for (int i = 0; i < p.length; i++) {
                bind(s.ps, i + 1, p[i]);
            }
            boolean rows;
            for (int round = 0;; round++) {
                try {
                    rows = s.ps.execute();
                    break;
                } catch (SQLiteException e) {
                    boolean locked = e.getResultCode() != null && (e.getResultCode().code & 0xff) == 6;
                    if (!locked || round >= 20 || !collectDropped(st)) {
                        throw e;
                    }
                }
            }
            long changes = c.db.changes();
            c.tx.after(s.sql);
            if (!rows) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, changes);
            }
            ResultSet rs = s.ps.getResultSet();
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            Object[] cols = new Object[n];
            Object[] types = new Object[n];
            for (int i = 0; i < n; i++) {
                cols[i] = md.getColumnLabel(i + 1);
                final int col = i;
                String decl = ((CoreStatement) s.ps).pointer.safeRun((db, ptr) -> db.column_decltype(ptr, col));
                types[i] = decl == null ? PyNone.NONE : decl;
            }
            s.rs = rs;
            return PyTuple.of(PyTuple.of(cols), PyTuple.of(types), changes);
        } catch (SQLException e) {
            s.closeResult();
            throw st.sqlError(e);
        }
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == PyNone.NONE) {
            ps.setNull(i, java.sql.Types.NULL);
        } else if (v instanceof Long l) {
            ps.setLong(i, l);
        } else if (v instanceof Boolean b) {
            ps.setLong(i, b ? 1 : 0);
        } else if (v instanceof BigInteger) {
            throw PyErrors.overflowError("Python int too large to convert to SQLite INTEGER");
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof String s) {
            for (int k = 0; k < s.length(); k++) {
                if (Character.isSurrogate(s.charAt(k))) {
                    // CPython encodes with PyUnicode_AsUTF8AndSize: a lone surrogate is an error
                    org.auditpy.runtime.Codecs.encode(s, "utf-8", "strict");
                }
            }
            ps.setString(i, s);
        } else if (v instanceof PyBytes b) {
            ps.setBytes(i, b.getBytes());
        } else {
            throw PyErrors.typeError("unsupported parameter type " + PyOps.typeName(v));
        }
    }

    /**
     * Up to {@code n} rows ({@code n < 0}: all) as a list of tuples; TEXT as str when {@code text_mode} is None,
     * bytes when it is True, else {@code text_mode(bytes)} (Connection.text_factory); and the columns whose index is in the {@code raw_columns} tuple as bytes (their value's text, for converters),
     * None for NULL. Raises OperationalError "Could not decode to UTF-8 column ..." as CPython's _pysqlite_fetch_one_row.
     */
    private static Object fetch(State st, Object[] a) {
        Stmt s = st.stmt(a[0]);
        long n = toLong(a[1]);
        Object textMode = a[2];
        boolean[] raw = null;
        if (a[3] instanceof PyTuple t && t.size() > 0) {
            raw = new boolean[4096];
            for (Object o : t.items()) {
                int k = Fns.toInt(o);
                if (k >= 0 && k < raw.length) {
                    raw[k] = true;
                }
            }
        }
        List<Object> out = new ArrayList<>();
        try {
            while ((n < 0 || out.size() < n) && s.rs != null) {
                if (!s.rs.next()) {
                    s.closeResult();
                    break;
                }
                out.add(row(st, s.rs, textMode, raw));
            }
        } catch (SQLException e) {
            s.closeResult();
            throw st.sqlError(e);
        }
        Object[] items = out.toArray();
        return new PyList(PythonContext.get().types().list, items, items.length);
    }

    private static PyTuple row(State st, ResultSet rs, Object textMode, boolean[] raw) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        Object[] v = new Object[n];
        for (int i = 0; i < n; i++) {
            Object o = rs.getObject(i + 1);
            if (o == null) {
                v[i] = PyNone.NONE;
            } else if (raw != null && i < raw.length && raw[i]) {
                v[i] = PyBytes.of(rs.getBytes(i + 1));
            } else if (o instanceof Integer k) {
                v[i] = (long) k;
            } else if (o instanceof Long || o instanceof Double) {
                v[i] = o;
            } else if (o instanceof byte[] b) {
                v[i] = PyBytes.of(b);
            } else {
                byte[] utf8 = rs.getBytes(i + 1);
                if (utf8 == null) {
                    utf8 = new byte[0];
                }
                if (textMode == PyNone.NONE) {
                    v[i] = decode(st, utf8, rs.getMetaData().getColumnLabel(i + 1));
                } else if (textMode == Boolean.TRUE) {
                    v[i] = PyBytes.of(utf8);
                } else {
                    v[i] = PyOps.callPositional(textMode, PyBytes.of(utf8));
                }
            }
        }
        return PyTuple.of(v);
    }

    private static String decode(State st, byte[] utf8, String column) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8));
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw st.error("OperationalError", "Could not decode to UTF-8 column '" + column + "' with text '"
                            + new String(utf8, StandardCharsets.UTF_8) + "'");
        }
    }

    private static Object lastInsertRowid(State st, Conn c) {
        try {
            if (c.lastRowid == null) {
                c.lastRowid = c.jdbc.prepareStatement("SELECT last_insert_rowid()");
            }
            try (ResultSet rs = c.lastRowid.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw st.sqlError(e);
        }
    }

    /**
     * A Python callable as an SQL function (Connection.create_function), as CPython's connection.c func_callback:
     * arguments INTEGER → int, REAL → float, TEXT → str, BLOB → bytes, NULL → None; the result bound back the same
     * way; an exception (or an unsupported result) makes the statement fail with "user-defined function raised
     * exception".
     */
    static final class PythonFunction extends Function {
        private final Object callable;

        PythonFunction(Object callable) {
            this.callable = callable;
        }

        @Override
        protected void xFunc() throws SQLException {
            try {
                int n = args();
                Object[] pa = new Object[n];
                for (int i = 0; i < n; i++) {
                    pa[i] = switch (value_type(i)) {
                        case 1 -> value_long(i);
                        case 2 -> value_double(i);
                        case 4 -> PyBytes.of(value_blob(i));
                        case 5 -> PyNone.NONE;
                        default -> value_text(i);
                    };
                }
                Object r = PyOps.callPositional(callable, pa);
                if (r == PyNone.NONE) {
                    result();
                } else if (r instanceof Long l) {
                    result(l);
                } else if (r instanceof Boolean b) {
                    result(b ? 1L : 0L);
                } else if (r instanceof Double d) {
                    result(d);
                } else if (r instanceof String s) {
                    result(s);
                } else if (r instanceof PyBytes b) {
                    result(b.getBytes());
                } else {
                    error("user-defined function raised exception");
                }
            } catch (PyException e) {
                error("user-defined function raised exception");
            }
        }
    }
}
