package org.auditpy.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.auditpy.runtime.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The deny policy (option {@code auditpy.AuditDeny}, launcher {@code --audit-deny PATTERN[,PATTERN...]}): a
 * host hook that refuses every event whose name matches one of the glob patterns by raising
 * {@code PermissionError("audit policy denies EVENT")}. The hook runs before the audited operation (as every
 * hook), so the operation does not happen and the exception propagates from it, catchable in Python.
 *
 * <p>Patterns are Python's {@code fnmatch.fnmatchcase} globs on the event name: {@code *} any text (dots
 * included), {@code ?} one character, {@code [seq]} / {@code [!seq]} a character class; a {@code [} without
 * closing {@code ]} is literal. Matching is case-sensitive, on the whole name. Patterns are separated by
 * commas; blanks around them and empty patterns are ignored.
 */
final class AuditDeny implements AuditHooks.HostHook {
    private final Pattern pattern;
    private final String spec;

    private AuditDeny(String spec, Pattern pattern) {
        this.spec = spec;
        this.pattern = pattern;
    }

    /** The policy for a comma-separated pattern list, or null if it has no pattern. */
    static AuditDeny parse(String spec) {
        List<String> parts = new ArrayList<>();
        for (String p : spec.split(",")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                parts.add("(?:" + translate(t) + ")");
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        try {
            return new AuditDeny(spec, Pattern.compile(String.join("|", parts), Pattern.DOTALL));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new AuditSetupException("auditpy: invalid audit deny pattern list '" + spec + "'");
        }
    }

    /** True if {@code event} matches a pattern. */
    boolean denies(String event) {
        return pattern.matcher(event).matches();
    }

    @Override
    @TruffleBoundary
    public void onEvent(String event, Object[] args) {
        if (pattern.matcher(event).matches()) {
            throw PyErrors.raise("PermissionError", "audit policy denies " + event);
        }
    }

    @Override
    public String toString() {
        return "AuditDeny[" + spec + "]";
    }

    /** fnmatch.translate (Lib/fnmatch.py) as a Java regex, without anchors (matches() anchors). */
    static String translate(String pat) {
        StringBuilder res = new StringBuilder();
        int i = 0;
        int n = pat.length();
        while (i < n) {
            char c = pat.charAt(i++);
            if (c == '*') {
                res.append(".*");
                while (i < n && pat.charAt(i) == '*') {
                    i++;
                }
            } else if (c == '?') {
                res.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && pat.charAt(j) == '!') {
                    j++;
                }
                if (j < n && pat.charAt(j) == ']') {
                    j++;
                }
                while (j < n && pat.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    res.append("\\[");
                } else {
                    String stuff = pat.substring(i, j);
                    i = j + 1;
                    boolean negate = stuff.startsWith("!");
                    if (negate) {
                        stuff = stuff.substring(1);
                    }
                    StringBuilder cls = new StringBuilder();
                    for (int k = 0; k < stuff.length(); k++) {
                        char s = stuff.charAt(k);
                        if (s == '-' && k > 0 && k < stuff.length() - 1) {
                            cls.append('-');
                        } else if (Character.isLetterOrDigit(s)) {
                            cls.append(s);
                        } else {
                            cls.append('\\').append(s);
                        }
                    }
                    if (cls.length() == 0) {
                        // '[!]' matches any character; '[]' cannot occur (']' right after '[' is literal)
                        res.append(negate ? "." : "(?!)");
                    } else {
                        res.append('[').append(negate ? "^" : "").append(cls).append(']');
                    }
                }
            } else {
                res.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return res.toString();
    }
}
