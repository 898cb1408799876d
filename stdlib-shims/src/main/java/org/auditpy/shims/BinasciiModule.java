package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.def;

import java.io.ByteArrayOutputStream;

import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyMemoryView;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/**
 * {@code binascii}, as CPython 3.11's Modules/binascii.c: hex ({@code hexlify}/{@code unhexlify} with
 * {@code sep}/{@code bytes_per_sep} as Python/pystrhex.c), base64 lines ({@code b2a_base64(newline=)},
 * {@code a2b_base64(strict_mode=)}), uuencoded lines, quoted-printable, {@code crc32} and {@code crc_hqx}, with
 * CPython's {@code binascii.Error} (a ValueError) and its messages. The a2b functions take bytes-like objects or
 * ASCII str (ascii_buffer_converter), the b2a functions bytes-like objects only.
 */
final class BinasciiModule {
    private BinasciiModule() {
    }

    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final int[] A2B64 = new int[256];
    private static final int[] CRC32 = new int[256];
    private static final int[] CRC_HQX = new int[256];
    private static final byte[] HEX = "0123456789abcdef".getBytes();
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes();
    /** Modules/binascii.c's MAXLINESIZE for quoted-printable lines. */
    private static final int MAXLINESIZE = 76;

    static {
        java.util.Arrays.fill(A2B64, -1);
        for (int i = 0; i < 64; i++) {
            A2B64[B64[i]] = i;
        }
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CRC_HQX[n] = h & 0xffff;
        }
    }

    private static final class Functions implements Fns.Table {
        private final PyType error;

        Functions(PyType error) {
            this.error = error;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> hexlify(data(a[0]), a[1], a[2]); // hexlify, b2a_hex
                case 1 -> a -> unhexlify(error, ascii(a[0])); // unhexlify, a2b_hex
                case 2 -> a -> b2aBase64(data(a[0]), absent(a[1]) || flag(a[1])); // b2a_base64
                case 3 -> a -> a2bBase64(error, ascii(a[0]), !absent(a[1]) && flag(a[1])); // a2b_base64
                case 4 -> a -> crc32(data(a[0]), absent(a[1]) ? 0 : mask32(a[1])); // crc32
                case 5 -> a -> crcHqx(data(a[0]), mask32(a[1])); // crc_hqx
                case 6 -> a -> b2aUu(error, data(a[0]), !absent(a[1]) && flag(a[1])); // b2a_uu
                case 7 -> a -> a2bUu(error, ascii(a[0])); // a2b_uu
                case 8 -> a -> a2bQp(ascii(a[0]), !absent(a[1]) && flag(a[1])); // a2b_qp
                case 9 -> a -> b2aQp(data(a[0]), !absent(a[1]) && flag(a[1]), absent(a[2]) || flag(a[2]), !absent(a[3]) && flag(a[3])); // b2a_qp
                default -> throw new IllegalArgumentException("binascii " + op);
            };
        }
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "binascii");
        PyDict ns = m.getDict();
        ns.setStr("__doc__", "Conversion between binary data and ASCII");
        PyDict ed = PyDict.create();
        ed.setStr("__module__", "binascii");
        PyType error = (PyType) PyOps.callPositional(ctx.types().type, "Error", PyTuple.of(ctx.types().exception("ValueError")), ed);
        PyDict id = PyDict.create();
        id.setStr("__module__", "binascii");
        PyType incomplete = (PyType) PyOps.callPositional(ctx.types().type, "Incomplete", PyTuple.of(ctx.types().exception("Exception")), id);
        ns.setStr("Error", error);
        ns.setStr("Incomplete", incomplete);
        Functions fns = new Functions(error);
        def(ctx, ns, "a2b_uu", "data, /", fns.lazy(7));
        def(ctx, ns, "b2a_uu", "data, /, *, backtick=", fns.lazy(6));
        def(ctx, ns, "a2b_base64", "data, /, *, strict_mode=", fns.lazy(3));
        def(ctx, ns, "b2a_base64", "data, /, *, newline=", fns.lazy(2));
        def(ctx, ns, "crc_hqx", "data, crc, /", fns.lazy(5));
        def(ctx, ns, "crc32", "data, crc=, /", fns.lazy(4));
        def(ctx, ns, "b2a_hex", "data, sep=, bytes_per_sep=", fns.lazy(0));
        def(ctx, ns, "hexlify", "data, sep=, bytes_per_sep=", fns.lazy(0));
        def(ctx, ns, "a2b_hex", "hexstr, /", fns.lazy(1));
        def(ctx, ns, "unhexlify", "hexstr, /", fns.lazy(1));
        def(ctx, ns, "a2b_qp", "data, header=", fns.lazy(8));
        def(ctx, ns, "b2a_qp", "data, quotetabs=, istext=, header=", fns.lazy(9));
        return m;
    }

    // ------------------------------------------------------------------ arguments

    /** A Py_buffer argument: the bytes of a bytes-like object; "a bytes-like object is required, not 'str'". */
    static byte[] data(Object o) {
        if (o instanceof PyBytes b) {
            return b.getBytes();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        if (!(o instanceof String)) {
            // an exporter written in Python here (array.array): its bytes
            Object tobytes = PyOps.getAttributeOrNull(o, "tobytes");
            if (tobytes != null && PyOps.callPositional(tobytes) instanceof PyBytes b) {
                return b.getBytes();
            }
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(o) + "'");
    }

    /** ascii_buffer_converter: an ASCII str's bytes or a bytes-like object's. */
    static byte[] ascii(Object o) {
        String s = o instanceof String str ? str : o instanceof org.auditpy.runtime.PyBoxed bx && bx.getValue() instanceof String str ? str : null;
        if (s != null) {
            byte[] r = new byte[s.length()];
            for (int i = 0; i < r.length; i++) {
                char c = s.charAt(i);
                if (c > 127) {
                    throw PyErrors.valueError("string argument should contain only ASCII characters");
                }
                r[i] = (byte) c;
            }
            return r;
        }
        if (o instanceof PyBytes || o instanceof PyMemoryView) {
            return data(o);
        }
        Object tobytes = PyOps.getAttributeOrNull(o, "tobytes");
        if (tobytes != null && PyOps.callPositional(tobytes) instanceof PyBytes b) {
            return b.getBytes();
        }
        throw PyErrors.typeError("argument should be bytes, buffer or ASCII string, not '" + PyOps.typeName(o) + "'");
    }

    /** Argument Clinic's bool(accept={int}): an int's truth ('str' object cannot be interpreted as an integer). */
    static boolean flag(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return Fns.toInt(o) != 0;
    }

    /** unsigned_int(bitwise=True): the low 32 bits of an int (PyLong_AsUnsignedLongMask). */
    static int mask32(Object o) {
        return Fns.toBig(o).intValue();
    }

    // ------------------------------------------------------------------ hex

    /** _Py_strhex_bytes_with_sep (Python/pystrhex.c): bytes_per_sep &gt; 0 groups from the right, &lt; 0 from the left. */
    static PyBytes hexlify(byte[] b, Object sepArg, Object perArg) {
        int per = 1;
        if (!absent(perArg)) {
            // Argument Clinic's int (_PyLong_AsInt)
            java.math.BigInteger v = Fns.toBig(perArg);
            if (v.bitLength() > 31) {
                throw PyErrors.overflowError("Python int too large to convert to C int");
            }
            per = v.intValue();
        }
        int sep = -1;
        if (!absent(sepArg)) {
            long n = PyOps.len(sepArg);
            if (n != 1) {
                throw PyErrors.valueError("sep must be length 1.");
            }
            if (sepArg instanceof String s) {
                if (s.charAt(0) > 255) {
                    throw PyErrors.valueError("sep must be ASCII.");
                }
                sep = s.charAt(0);
            } else if (sepArg instanceof PyBytes sb) {
                sep = sb.getBytes()[0] & 0xff;
            } else {
                throw PyErrors.typeError("sep must be str or bytes.");
            }
        }
        int abs = Math.abs(per);
        if (sep < 0 || per == 0 || b.length == 0) {
            byte[] r = new byte[b.length * 2];
            for (int i = 0; i < b.length; i++) {
                r[2 * i] = HEX[(b[i] >> 4) & 0xf];
                r[2 * i + 1] = HEX[b[i] & 0xf];
            }
            return PyBytes.of(r);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length * 3);
        // the index of the first byte of a group: groups of abs bytes counted from the left (per < 0) or the right
        int first = per < 0 ? 0 : b.length % abs;
        for (int i = 0; i < b.length; i++) {
            if (i > 0 && (i - first) % abs == 0) {
                out.write(sep);
            }
            out.write(HEX[(b[i] >> 4) & 0xf]);
            out.write(HEX[b[i] & 0xf]);
        }
        return PyBytes.of(out.toByteArray());
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static PyBytes unhexlify(PyType error, byte[] s) {
        if (s.length % 2 != 0) {
            throw err(error, "Odd-length string");
        }
        byte[] r = new byte[s.length / 2];
        for (int i = 0; i < r.length; i++) {
            int hi = hexValue(s[2 * i] & 0xff);
            int lo = hexValue(s[2 * i + 1] & 0xff);
            if (hi < 0 || lo < 0) {
                throw err(error, "Non-hexadecimal digit found");
            }
            r[i] = (byte) (hi << 4 | lo);
        }
        return PyBytes.of(r);
    }

    static PyException err(PyType error, String msg) {
        return PyErrors.raise(error, msg);
    }

    // ------------------------------------------------------------------ base64

    static PyBytes b2aBase64(byte[] b, boolean newline) {
        int n = (b.length + 2) / 3 * 4;
        byte[] r = new byte[n + (newline ? 1 : 0)];
        int j = 0;
        int i = 0;
        for (; i + 2 < b.length; i += 3) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
            r[j++] = B64[v >> 18];
            r[j++] = B64[(v >> 12) & 63];
            r[j++] = B64[(v >> 6) & 63];
            r[j++] = B64[v & 63];
        }
        if (b.length - i == 1) {
            int v = b[i] & 0xff;
            r[j++] = B64[v >> 2];
            r[j++] = B64[(v & 3) << 4];
            r[j++] = '=';
            r[j++] = '=';
        } else if (b.length - i == 2) {
            int v = (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
            r[j++] = B64[v >> 10];
            r[j++] = B64[(v >> 4) & 63];
            r[j++] = B64[(v & 15) << 2];
            r[j++] = '=';
        }
        if (newline) {
            r[j] = '\n';
        }
        return PyBytes.of(r);
    }

    /**
     * binascii_a2b_base64_impl (3.11.7): non-alphabet bytes skipped, or errors in strict mode; stops at a full pad
     * (3.12.4's "Excess padding not allowed" is not in 3.11).
     */
    static PyBytes a2bBase64(PyType error, byte[] s, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length / 4 * 3 + 3);
        if (strict && s.length > 0 && s[0] == '=') {
            throw err(error, "Leading padding not allowed");
        }
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < s.length) {
                        throw err(error, "Excess data after padding");
                    }
                    return PyBytes.of(out.toByteArray());
                }
                continue;
            }
            int v = A2B64[c];
            if (v < 0) {
                if (strict) {
                    throw err(error, "Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw err(error, "Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    quadPos = 1;
                    leftchar = v;
                }
                case 1 -> {
                    quadPos = 2;
                    out.write((leftchar << 2) | (v >> 4));
                    leftchar = v & 0x0f;
                }
                case 2 -> {
                    quadPos = 3;
                    out.write((leftchar << 4) | (v >> 2));
                    leftchar = v & 0x03;
                }
                default -> {
                    quadPos = 0;
                    out.write((leftchar << 6) | v);
                    leftchar = 0;
                }
            }
        }
        if (quadPos == 1) {
            throw err(error, "Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1) +
                            ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw err(error, "Incorrect padding");
        }
        return PyBytes.of(out.toByteArray());
    }

    // ------------------------------------------------------------------ crc

    static long crc32(byte[] b, int crc) {
        int c = ~crc;
        for (byte x : b) {
            c = CRC32[(c ^ x) & 0xff] ^ (c >>> 8);
        }
        return Integer.toUnsignedLong(~c);
    }

    static long crcHqx(byte[] b, int crc) {
        int c = crc & 0xffff;
        for (byte x : b) {
            c = ((c << 8) & 0xff00) ^ CRC_HQX[((c >> 8) ^ x) & 0xff];
        }
        return c;
    }

    // ------------------------------------------------------------------ uu

    static PyBytes b2aUu(PyType error, byte[] b, boolean backtick) {
        if (b.length > 45) {
            throw err(error, "At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + (b.length + 2) / 3 * 4);
        out.write(backtick && b.length == 0 ? '`' : ' ' + b.length);
        int leftbits = 0;
        int leftchar = 0;
        for (int i = 0; i < b.length || leftbits != 0; i++) {
            leftchar = i < b.length ? (leftchar << 8) | (b[i] & 0xff) : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6) {
                int c = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                out.write(backtick && c == 0 ? '`' : c + ' ');
            }
            leftchar &= (1 << leftbits) - 1;
        }
        out.write('\n');
        return PyBytes.of(out.toByteArray());
    }

    /** binascii_a2b_uu_impl: the first byte gives the length (of an empty line, as of the NUL after it: 32). */
    static PyBytes a2bUu(PyType error, byte[] s) {
        int pos = 0;
        int len = s.length;
        int binLen = ((s.length > 0 ? s[0] & 0xff : 0) - ' ') & 077;
        pos++;
        len--;
        byte[] r = new byte[binLen];
        int j = 0;
        int leftbits = 0;
        int leftchar = 0;
        for (; binLen > 0; len--, pos++) {
            int c = len > 0 ? s[pos] & 0xff : 0;
            if (c == '\n' || c == '\r' || len <= 0) {
                c = 0;
            } else {
                if (c < ' ' || c > ' ' + 64) {
                    throw err(error, "Illegal char");
                }
                c = (c - ' ') & 077;
            }
            leftchar = (leftchar << 6) | c;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                r[j++] = (byte) (leftchar >> leftbits);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (len-- > 0) {
            int c = s[pos++] & 0xff;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                throw err(error, "Trailing garbage");
            }
        }
        return PyBytes.of(r);
    }

    // ------------------------------------------------------------------ quoted-printable

    static PyBytes a2bQp(byte[] s, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        int in = 0;
        int n = s.length;
        while (in < n) {
            if (s[in] == '=') {
                in++;
                if (in >= n) {
                    break;
                }
                if (s[in] == '\n' || s[in] == '\r') {
                    // a soft line break
                    if (s[in] != '\n') {
                        while (in < n && s[in] != '\n') {
                            in++;
                        }
                    }
                    if (in < n) {
                        in++;
                    }
                } else if (s[in] == '=') {
                    // broken case from broken python qp
                    out.write('=');
                    in++;
                } else if (in + 1 < n && hexValue(s[in] & 0xff) >= 0 && hexValue(s[in + 1] & 0xff) >= 0) {
                    out.write(hexValue(s[in] & 0xff) << 4 | hexValue(s[in + 1] & 0xff));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && s[in] == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(s[in++]);
            }
        }
        return PyBytes.of(out.toByteArray());
    }

    /** binascii_b2a_qp_impl: line ends follow the first one's kind (CRLF if it is one), lines at most 76. */
    static PyBytes b2aQp(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        int n = d.length;
        boolean crlf = false;
        for (int i = 0; i < n; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        byte[] o = new byte[n * 4 + 16];
        int out = 0;
        int in = 0;
        int linelen = 0;
        while (in < n) {
            int c = d[in] & 0xff;
            if (c > 126 || c == '=' || (header && c == '_') ||
                            (c == '.' && linelen == 0 && (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0)) ||
                            (!istext && (c == '\r' || c == '\n')) ||
                            ((c == '\t' || c == ' ') && in + 1 == n) ||
                            (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))) {
                if (linelen + 3 >= MAXLINESIZE) {
                    o[out++] = '=';
                    if (crlf) {
                        o[out++] = '\r';
                    }
                    o[out++] = '\n';
                    linelen = 0;
                }
                o[out++] = '=';
                o[out++] = HEX_UPPER[c >> 4];
                o[out++] = HEX_UPPER[c & 0xf];
                in++;
                linelen += 3;
            } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
                linelen = 0;
                // protect against whitespace at the end of a line
                if (out > 0 && (o[out - 1] == ' ' || o[out - 1] == '\t')) {
                    int ch = o[out - 1];
                    o[out - 1] = '=';
                    o[out++] = HEX_UPPER[ch >> 4];
                    o[out++] = HEX_UPPER[ch & 0xf];
                }
                if (crlf) {
                    o[out++] = '\r';
                }
                o[out++] = '\n';
                in += c == '\r' ? 2 : 1;
            } else {
                if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
                    o[out++] = '=';
                    if (crlf) {
                        o[out++] = '\r';
                    }
                    o[out++] = '\n';
                    linelen = 0;
                }
                linelen++;
                if (header && c == ' ') {
                    o[out++] = '_';
                    in++;
                } else {
                    o[out++] = d[in++];
                }
            }
        }
        return PyBytes.of(java.util.Arrays.copyOf(o, out));
    }
}
