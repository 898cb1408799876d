package org.auditpy.parser;

/**
 * Maps the code-point indexes of an ANTLR char stream over a piece of a {@link Source} (the whole text,
 * or the expression of an f-string field, wrapped in parentheses) to absolute char indexes of the source.
 */
final class SourceMap {
    final Source src;
    /** Absolute char index of code point 0 of the stream. */
    private final int base;
    /** cp index to char index within the piece, or {@code null} when the piece has no supplementary chars. */
    private final int[] cpToChar;
    /** True while lexing an f-string replacement field: errors get CPython's "f-string: " prefix. */
    final boolean fstring;

    SourceMap(Source src, String piece, int base, boolean fstring) {
        this.src = src;
        this.base = base;
        this.fstring = fstring;
        int cps = piece.codePointCount(0, piece.length());
        if (cps == piece.length()) {
            cpToChar = null;
        } else {
            cpToChar = new int[cps + 1];
            int ci = 0;
            for (int k = 0; k < cps; k++) {
                cpToChar[k] = ci;
                ci += Character.charCount(piece.codePointAt(ci));
            }
            cpToChar[cps] = ci;
        }
    }

    /** Absolute char index of a stream index (valid up to one past the end). */
    int abs(int cpIndex) {
        if (cpToChar == null) {
            return base + cpIndex;
        }
        return base + cpToChar[Math.max(0, Math.min(cpIndex, cpToChar.length - 1))];
    }
}
