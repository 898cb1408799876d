package org.auditpy.shims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.auditpy.runtime.PyTuple;

/**
 * The little of SQLite's tokenizer (sqlite3's tokenize.c and complete.c) that the sqlite3 module needs and JDBC does
 * not give: where the first statement of a text ends (CPython's "You can only execute one statement at a time."), the
 * names of its parameters by index (sqlite3_bind_parameter_name), sqlite3_complete, and whether a transaction is
 * open after a statement (sqlite3_get_autocommit). Literals
 * ('...', "...", [...], `...`) and comments (-- and /* *&#47;) are skipped; a CREATE TRIGGER statement ends only at
 * a ";" that follows END, as in complete.c.
 */
final class SqlScanner {
    private SqlScanner() {
    }

    /** A token: its kind ('w' word, 'p' parameter, ';', 'o' other) and its text. */
    record Tok(char kind, String text) {
    }

    /** The tokens of {@code sql}, and whether it ended inside a literal or a block comment. */
    record Toks(List<Tok> list, boolean unterminated) {
    }

    static Toks tokens(String sql) {
        List<Tok> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        boolean open = false;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    i = n;
                } else {
                    i = end + 2;
                }
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        open = true;
                        break;
                    }
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.add(new Tok(c == '\'' ? 'o' : 'w', sql.substring(i, Math.min(j + 1, n))));
                i = j + 1;
            } else if (c == ';') {
                out.add(new Tok(';', ";"));
                i++;
            } else if (c == '?') {
                int j = i + 1;
                while (j < n && Character.isDigit(sql.charAt(j))) {
                    j++;
                }
                out.add(new Tok('p', sql.substring(i, j)));
                i = j;
            } else if ((c == ':' || c == '@' || c == '$') && i + 1 < n && isIdChar(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (isIdChar(sql.charAt(j)) || (c == '$' && sql.charAt(j) == ':' && j + 1 < n && sql.charAt(j + 1) == ':'))) {
                    j += sql.charAt(j) == ':' ? 2 : 1;
                }
                out.add(new Tok('p', sql.substring(i, j)));
                i = j;
            } else if (isIdChar(c)) {
                int j = i + 1;
                while (j < n && isIdChar(sql.charAt(j))) {
                    j++;
                }
                out.add(new Tok('w', sql.substring(i, j)));
                i = j;
            } else {
                out.add(new Tok('o', String.valueOf(c)));
                i++;
            }
        }
        return new Toks(out, open);
    }

    private static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }

    /** The statements of a token list, each without its ";" (the trigger rule of complete.c). */
    static List<List<Tok>> statements(List<Tok> toks) {
        List<List<Tok>> out = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        for (Tok t : toks) {
            if (t.kind == ';' && (!isTrigger(cur) || endsWithEnd(cur))) {
                out.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    private static boolean isTrigger(List<Tok> s) {
        int i = 0;
        if (i < s.size() && word(s.get(i), "EXPLAIN")) {
            i++;
        }
        if (i >= s.size() || !word(s.get(i), "CREATE")) {
            return false;
        }
        i++;
        if (i < s.size() && (word(s.get(i), "TEMP") || word(s.get(i), "TEMPORARY"))) {
            i++;
        }
        return i < s.size() && word(s.get(i), "TRIGGER");
    }

    private static boolean endsWithEnd(List<Tok> s) {
        return !s.isEmpty() && word(s.get(s.size() - 1), "END");
    }

    private static boolean word(Tok t, String w) {
        return t.kind == 'w' && t.text.equalsIgnoreCase(w);
    }

    /**
     * {@code (empty, tail)}: whether the first statement of {@code sql} (after empty ones) has no token (sqlite
     * prepares no statement),
     * and whether anything but whitespace and comments follows it.
     */
    static PyTuple scan(String sql) {
        List<Tok> toks = tokens(sql).list;
        int first = 0;
        // sqlite3_prepare skips the empty statements in front of the first one
        while (first < toks.size() && toks.get(first).kind == ';') {
            first++;
        }
        boolean trigger = false;
        List<Tok> cur = new ArrayList<>();
        for (; first < toks.size(); first++) {
            Tok t = toks.get(first);
            if (t.kind == ';' && (!trigger || endsWithEnd(cur))) {
                break;
            }
            cur.add(t);
            trigger = isTrigger(cur);
        }
        boolean tail = first + 1 < toks.size();
        return PyTuple.of(cur.isEmpty(), tail);
    }

    /**
     * The parameter names of the first statement by index (0 = parameter 1), as sqlite3_bind_parameter_name: null
     * for "?", "?NNN" for a numbered one, the named ones with their prefix (a repeated name keeps its first index).
     */
    static List<String> parameterNames(String sql) {
        List<List<Tok>> stmts = statements(tokens(sql).list);
        List<String> names = new ArrayList<>();
        List<Tok> first = List.of();
        for (List<Tok> s : stmts) {
            if (!s.isEmpty()) {
                first = s;
                break;
            }
        }
        for (Tok t : first) {
            if (t.kind != 'p') {
                continue;
            }
            String p = t.text;
            if (p.equals("?")) {
                names.add(null);
            } else if (p.charAt(0) == '?') {
                int k;
                try {
                    k = Integer.parseInt(p.substring(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                while (names.size() < k) {
                    names.add(null);
                }
                if (k >= 1 && names.get(k - 1) == null) {
                    names.set(k - 1, p);
                }
            } else if (!names.contains(p)) {
                names.add(p);
            }
        }
        return names;
    }

    /** sqlite3_complete: the text ends with a ";" that ends a statement (trailing whitespace and comments aside). */
    static boolean complete(String sql) {
        Toks t = tokens(sql);
        if (t.unterminated || t.list.isEmpty() || t.list.get(t.list.size() - 1).kind != ';') {
            return false;
        }
        List<Tok> cur = new ArrayList<>();
        boolean ended = false;
        for (Tok k : t.list) {
            if (k.kind == ';' && (!isTrigger(cur) || endsWithEnd(cur))) {
                cur.clear();
                ended = true;
            } else {
                cur.add(k);
                ended = false;
            }
        }
        return ended;
    }

    /**
     * Whether a transaction is open (sqlite3_get_autocommit, which JDBC does not offer), followed statement by
     * statement: BEGIN and an outermost SAVEPOINT open one; COMMIT, END, ROLLBACK (not ROLLBACK TO) and the RELEASE of
     * the savepoint that opened it end it. sqlite's rollback hook also ends it (an automatic rollback after an error).
     */
    static final class Transaction {
        volatile boolean open;
        private boolean bySavepoint;
        private int savepoints;

        /** Follows every statement of {@code sql}, which ran successfully. */
        void after(String sql) {
            for (List<Tok> s : statements(tokens(sql).list)) {
                after(s);
            }
        }

        private void after(List<Tok> s) {
            if (s.isEmpty() || s.get(0).kind != 'w') {
                return;
            }
            switch (s.get(0).text.toUpperCase(Locale.ROOT)) {
                case "BEGIN" -> {
                    open = true;
                    bySavepoint = false;
                }
                case "SAVEPOINT" -> {
                    if (!open) {
                        open = true;
                        bySavepoint = true;
                        savepoints = 0;
                    }
                    savepoints++;
                }
                case "COMMIT", "END" -> open = false;
                case "ROLLBACK" -> {
                    boolean to = false;
                    for (Tok t : s) {
                        to |= word(t, "TO");
                    }
                    if (!to) {
                        open = false;
                    }
                }
                case "RELEASE" -> {
                    savepoints--;
                    if (bySavepoint && savepoints <= 0) {
                        open = false;
                    }
                }
                default -> {
                }
            }
        }
    }
}
