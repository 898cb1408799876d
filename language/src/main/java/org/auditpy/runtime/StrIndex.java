package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Code-point positions in a Python {@code str}, which auditpy keeps as a Java {@link String} (UTF-16): the length
 * ({@code len(s)}) and the char offset of code point {@code i} ({@code s[i]}, slices, {@code re} positions).
 *
 * <p>A string of BMP characters only (no surrogate pair) has code point {@code i} at char {@code i}; knowing whether
 * a string is one takes a scan of it. Short strings are scanned each time. For long ones the answer is kept in a
 * small cache keyed by the string's identity, with a checkpoint every {@value #STEP} code points when the string
 * has pairs: a program that walks a long string index by index ({@code json}'s decoder, a tokenizer) then pays
 * for one scan, not one per index (which made such loops quadratic).
 */
public final class StrIndex {
    private StrIndex() {
    }

    /** Strings up to this many chars are scanned at each call. */
    public static final int SHORT = 64;
    /** Code points between checkpoints of a string with surrogate pairs. */
    static final int STEP = 64;
    private static final int CACHE_SIZE = 8;

    /** What is known of one long string: its code point count, and checkpoints (null when BMP only). */
    private static final class Info {
        final String s;
        final int length;
        /** checkpoints[k]: the char offset of code point k * STEP. */
        final int[] checkpoints;

        Info(String s, int length, int[] checkpoints) {
            this.s = s;
            this.length = length;
            this.checkpoints = checkpoints;
        }
    }

    private static final Info[] CACHE = new Info[CACHE_SIZE];
    private static int next;

    /** {@code len(s)}: the number of code points. */
    @TruffleBoundary
    public static int length(String s) {
        if (s.length() <= SHORT) {
            return s.codePointCount(0, s.length());
        }
        return info(s).length;
    }

    /** Whether every code point of {@code s} is one char (no surrogate pair): then indexes are char offsets. */
    @TruffleBoundary
    public static boolean isBmp(String s) {
        if (s.length() <= SHORT) {
            return s.codePointCount(0, s.length()) == s.length();
        }
        return info(s).checkpoints == null;
    }

    /**
     * The char offset of code point {@code cp} of {@code s}, {@code 0 <= cp <= length(s)} ({@code length(s)} gives
     * {@code s.length()}).
     */
    @TruffleBoundary
    public static int charOffset(String s, int cp) {
        if (s.length() <= SHORT) {
            return s.offsetByCodePoints(0, cp);
        }
        Info in = info(s);
        if (in.checkpoints == null) {
            return cp;
        }
        if (cp >= in.length) {
            return s.length();
        }
        int k = cp / STEP;
        return s.offsetByCodePoints(in.checkpoints[k], cp - k * STEP);
    }

    /** The code point index of char offset {@code charIndex} of {@code s} (the count of code points before it). */
    @TruffleBoundary
    public static int codePointIndex(String s, int charIndex) {
        if (s.length() <= SHORT) {
            return s.codePointCount(0, charIndex);
        }
        Info in = info(s);
        if (in.checkpoints == null) {
            return charIndex;
        }
        // the last checkpoint at or before charIndex
        int[] c = in.checkpoints;
        int lo = 0;
        int hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (c[mid] <= charIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo * STEP + s.codePointCount(c[lo], charIndex);
    }

    private static Info info(String s) {
        Info[] cache = CACHE;
        for (Info in : cache) {
            if (in != null && in.s == s) {
                return in;
            }
        }
        Info in = scan(s);
        synchronized (CACHE) {
            cache[next] = in;
            next = (next + 1) % CACHE_SIZE;
        }
        return in;
    }

    private static Info scan(String s) {
        int n = s.length();
        int count = s.codePointCount(0, n);
        if (count == n) {
            return new Info(s, n, null);
        }
        // code points 0, STEP, 2 * STEP, ... up to count inclusive
        int[] checkpoints = new int[count / STEP + 1];
        int cp = 0;
        for (int i = 0; i < n; cp++) {
            if (cp % STEP == 0) {
                checkpoints[cp / STEP] = i;
            }
            i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
        }
        if (count % STEP == 0) {
            checkpoints[count / STEP] = n;
        }
        return new Info(s, count, checkpoints);
    }
}
