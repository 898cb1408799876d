package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.Identity;
import org.auditpy.runtime.PyBoxed;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyMemoryView;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

/**
 * {@code _hashlib} and {@code _blake2}, the C modules under CPython 3.11's Lib/hashlib.py (which runs here unchanged),
 * over {@link Digests}.
 *
 * <p>{@code _hashlib} follows Modules/_hashopenssl.c as built on OpenSSL 3: {@code new(name, string=b'', *,
 * usedforsecurity=True)} and the {@code openssl_md5} ... {@code openssl_shake_256} constructors give {@code HASH}
 * objects ({@code HASHXOF} for SHAKE, whose {@code digest(length)} takes a length), with {@code update},
 * {@code digest}, {@code hexdigest}, {@code copy}, {@code name}, {@code digest_size} and {@code block_size};
 * {@code openssl_md_meth_names} lists the names {@code new} knows (case-insensitive, with OpenSSL's spellings such as
 * "SHA-256" and "blake2b512"). {@code pbkdf2_hmac} is PKCS #5's PBKDF2 over HMAC of any of them but SHAKE, with
 * {@code _hashopenssl.c}'s argument errors. {@code compare_digest} is {@code _operator._compare_digest}'s
 * constant-time comparison. {@code hmac_new} and {@code hmac_digest} always raise {@code UnsupportedDigestmodError},
 * which sends Lib/hmac.py to its own HMAC over hashlib. Not here: {@code scrypt}, and OpenSSL's md5-sha1, ripemd160
 * and sm3.
 *
 * <p>{@code _blake2} follows Modules/_blake2: types {@code blake2b} and {@code blake2s} taking {@code data} and the
 * keywords {@code digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size,
 * last_node, usedforsecurity}, with CPython's range checks and messages.
 *
 * <p>Data arguments are bytes-like objects (bytes, bytearray, memoryview, array.array); a str is TypeError "Strings
 * must be encoded before hashing", anything else "object supporting the buffer API required".
 */
final class HashlibModule {
    private HashlibModule() {
    }

    /**
     * A hash algorithm: its Python name, the JDK's name (null for SHAKE and BLAKE2), digest size (0 for SHAKE), block
     * size, and for SHAKE its sponge rate.
     */
    record Algo(String name, String jdk, int digestSize, int blockSize, boolean xof) {
        Digests.Hasher make() {
            if (jdk != null) {
                return Digests.Jdk.of(jdk);
            }
            return switch (name) {
                case "shake_128", "shake_256" -> new Digests.Keccak(blockSize);
                case "blake2b" -> new Digests.Blake2b(new Digests.Blake2Params(64, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false));
                default -> new Digests.Blake2s(new Digests.Blake2Params(32, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false));
            };
        }
    }

    private static final Map<String, Algo> ALGOS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    private static void algo(String name, String jdk, int digestSize, int blockSize, String... aliases) {
        ALGOS.put(name, new Algo(name, jdk, digestSize, blockSize, name.startsWith("shake")));
        for (String a : aliases) {
            ALIASES.put(a, name);
        }
    }

    static {
        algo("md5", "MD5", 16, 64);
        algo("sha1", "SHA-1", 20, 64, "sha-1");
        algo("sha224", "SHA-224", 28, 64, "sha-224", "sha2-224");
        algo("sha256", "SHA-256", 32, 64, "sha-256", "sha2-256");
        algo("sha384", "SHA-384", 48, 128, "sha-384", "sha2-384");
        algo("sha512", "SHA-512", 64, 128, "sha-512", "sha2-512");
        algo("sha512_224", "SHA-512/224", 28, 128, "sha-512/224", "sha512-224", "sha2-512/224");
        algo("sha512_256", "SHA-512/256", 32, 128, "sha-512/256", "sha512-256", "sha2-512/256");
        algo("sha3_224", "SHA3-224", 28, 144, "sha3-224");
        algo("sha3_256", "SHA3-256", 32, 136, "sha3-256");
        algo("sha3_384", "SHA3-384", 48, 104, "sha3-384");
        algo("sha3_512", "SHA3-512", 64, 72, "sha3-512");
        algo("shake_128", null, 0, 168, "shake128");
        algo("shake_256", null, 0, 136, "shake256");
        algo("blake2b", null, 64, 128, "blake2b512");
        algo("blake2s", null, 32, 64, "blake2s256");
    }

    /** The algorithm OpenSSL would find by {@code name} (case-insensitive), or null. */
    static Algo lookup(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return ALGOS.get(ALIASES.getOrDefault(n, n));
    }

    /** A running hash as a Python object: {@code _hashlib.HASH}/{@code HASHXOF} or {@code _blake2.blake2b}/{@code blake2s}. */
    static final class HashObj extends PythonObject {
        final String name;
        final int digestSize;
        final int blockSize;
        private final Digests.Hasher hasher;

        HashObj(PyType t, String name, int digestSize, int blockSize, Digests.Hasher hasher) {
            super(t);
            this.name = name;
            this.digestSize = digestSize;
            this.blockSize = blockSize;
            this.hasher = hasher;
        }

        synchronized void update(byte[] b) {
            hasher.update(b, 0, b.length);
        }

        synchronized byte[] digest(int len) {
            return hasher.digest(len);
        }

        synchronized HashObj copy() {
            return new HashObj(getPythonClass(), name, digestSize, blockSize, hasher.copy());
        }
    }

    // ------------------------------------------------------------------ arguments

    /** GET_BUFFER_VIEW_OR_ERROUT (Modules/hashlib.h): the bytes of a bytes-like object. */
    static byte[] buffer(Object o) {
        if (o instanceof PyBytes b) {
            return b.getBytes();
        }
        if (o instanceof PyMemoryView m) {
            return m.simpleBufferBytes();
        }
        if (o instanceof String || o instanceof PyBoxed bx && bx.getValue() instanceof String) {
            throw PyErrors.typeError("Strings must be encoded before hashing");
        }
        Object tobytes = PyOps.getAttributeOrNull(o, "tobytes");
        if (tobytes != null && PyOps.callPositional(tobytes) instanceof PyBytes b) {
            return b.getBytes();
        }
        throw PyErrors.typeError("object supporting the buffer API required");
    }

    static HashObj self(Object o) {
        if (o instanceof HashObj h) {
            return h;
        }
        throw PyErrors.typeError("descriptor requires a hash object, not '" + PyOps.typeName(o) + "'");
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes();

    static String hex(byte[] d) {
        char[] c = new char[d.length * 2];
        for (int i = 0; i < d.length; i++) {
            c[2 * i] = (char) HEX[(d[i] >> 4) & 0xf];
            c[2 * i + 1] = (char) HEX[d[i] & 0xf];
        }
        return new String(c);
    }

    /** An XOF's {@code length} argument (Py_ssize_t): negative is CPython's SystemError/MemoryError. */
    static int xofLength(Object o, boolean hexdigest) {
        java.math.BigInteger v = Fns.toBig(o);
        if (v.bitLength() > 63) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        long n = v.longValue();
        if (n < 0) {
            if (hexdigest) {
                throw PyErrors.raise("MemoryError", "");
            }
            throw PyErrors.systemError("Negative size passed to PyBytes_FromStringAndSize");
        }
        if (n > Integer.MAX_VALUE - 16) {
            throw PyErrors.raise("MemoryError", "");
        }
        return (int) n;
    }

    /** A METH_NOARGS method's self: "T.name() takes no arguments (N given)" when it was given some. */
    private static HashObj noArgs(Object[] a, String type, String name) {
        int n = ((PyTuple) a[1]).size();
        if (n > 0) {
            throw PyErrors.typeError(type + "." + name + "() takes no arguments (" + n + " given)");
        }
        return self(a[0]);
    }

    /** An XOF digest's required length (Argument Clinic's message when it is missing). */
    private static Object length(Object o, String name) {
        if (absent(o)) {
            throw PyErrors.typeError(name + "() missing required argument 'length' (pos 1)");
        }
        return o;
    }

    private static PyType newType(PythonContext ctx, String module, String name, PyType base) {
        PyType t = new PyType(ctx.types().type, name, new PyType[]{base}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER, false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", module);
        return t;
    }

    /** The methods and attributes every hash object has; {@code xof}: digest and hexdigest take a length. */
    private static void hashMethods(PythonContext ctx, PyType t, boolean xof) {
        Fns.method(ctx, t, "update", "self, obj, /", a -> {
            self(a[0]).update(buffer(a[1]));
            return null;
        });
        String tn = t.getName();
        if (xof) {
            Fns.method(ctx, t, "digest", "self, length=", a -> PyBytes.of(self(a[0]).digest(xofLength(length(a[1], "digest"), false))));
            Fns.method(ctx, t, "hexdigest", "self, length=", a -> hex(self(a[0]).digest(xofLength(length(a[1], "hexdigest"), true))));
        } else {
            Fns.method(ctx, t, "digest", "self, *args", a -> PyBytes.of(noArgs(a, tn, "digest").digest(0)));
            Fns.method(ctx, t, "hexdigest", "self, *args", a -> hex(noArgs(a, tn, "hexdigest").digest(0)));
        }
        Fns.method(ctx, t, "copy", "self, *args", a -> noArgs(a, tn, "copy").copy());
        PyType gs = ctx.types().getsetDescriptor;
        t.getDict().setStr("name", new Descriptors.GetSet(gs, "name", t, o -> self(o).name, null, null));
        t.getDict().setStr("digest_size", new Descriptors.GetSet(gs, "digest_size", t, o -> (long) self(o).digestSize, null, null));
        t.getDict().setStr("block_size", new Descriptors.GetSet(gs, "block_size", t, o -> (long) self(o).blockSize, null, null));
    }

    // ------------------------------------------------------------------ _hashlib

    static PyModule createHashlib(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_hashlib");
        PyDict ns = m.getDict();
        ns.setStr("__doc__", "OpenSSL interface for hashlib module");
        PyType hash = newType(ctx, "_hashlib", "HASH", ctx.types().object);
        hashMethods(ctx, hash, false);
        Fns.method(ctx, hash, "__repr__", "self, /",
                        a -> "<" + self(a[0]).name + " _hashlib.HASH object @ 0x" + Long.toHexString(Identity.id(a[0])) + ">");
        for (PyType t : new PyType[]{hash}) {
            Fns.method(ctx, t, "__new__", "cls, *args, **kwargs", a -> {
                throw PyErrors.typeError("cannot create '_hashlib." + ((PyType) a[0]).getName() + "' instances");
            });
            t.getDict().setStr("__new__", new Descriptors.StaticMethod(ctx.types().staticmethod, t.getDict().getStr("__new__")));
        }
        PyType xof = newType(ctx, "_hashlib", "HASHXOF", hash);
        hashMethods(ctx, xof, true);
        ns.setStr("HASH", hash);
        ns.setStr("HASHXOF", xof);
        PyDict ed = PyDict.create();
        ed.setStr("__module__", "_hashlib");
        PyType unsupported = (PyType) PyOps.callPositional(ctx.types().type, "UnsupportedDigestmodError",
                        PyTuple.of(ctx.types().exception("ValueError")), ed);
        ns.setStr("UnsupportedDigestmodError", unsupported);

        Fns.def(ctx, ns, "new", "name, string=, *, usedforsecurity=", a -> {
            if (!(a[0] instanceof String || a[0] instanceof PyBoxed bx && bx.getValue() instanceof String)) {
                throw PyErrors.typeError("name must be a string");
            }
            Algo algo = lookup(PyOps.str(a[0]));
            if (algo == null) {
                throw PyErrors.raise(unsupported, "[digital envelope routines] unsupported");
            }
            return make(algo, algo.xof() ? xof : hash, a[1]);
        });
        Object[] names = new Object[ALGOS.size()];
        int i = 0;
        for (Algo algo : ALGOS.values()) {
            names[i++] = algo.name();
            if (algo.name().startsWith("blake2") || algo.name().startsWith("sha512_")) {
                continue;
            }
            PyType t = algo.xof() ? xof : hash;
            Fns.def(ctx, ns, "openssl_" + algo.name(), "string=, *, usedforsecurity=", a -> make(algo, t, a[0]));
        }
        ns.setStr("openssl_md_meth_names", PyOps.callPositional(ctx.types().frozenset, PyTuple.of(names)));
        Fns.def(ctx, ns, "get_fips_mode", "", a -> 0L);
        Fns.def(ctx, ns, "pbkdf2_hmac", "hash_name, password, salt, iterations, dklen=", a -> pbkdf2Hmac(unsupported, a));
        Fns.def(ctx, ns, "compare_digest", "a, b, /", a -> compareDigest(a[0], a[1]));
        Fns.def(ctx, ns, "hmac_digest", "key, msg, digest", a -> {
            throw PyErrors.raise(unsupported, "unsupported hash type");
        });
        Fns.def(ctx, ns, "hmac_new", "key, msg=, digestmod=", a -> {
            throw PyErrors.raise(unsupported, "unsupported hash type");
        });
        ns.setStr("_constructors", PyDict.create());
        return m;
    }

    static HashObj make(Algo algo, PyType t, Object data) {
        HashObj h = new HashObj(t, algo.name(), algo.digestSize(), algo.blockSize(), algo.make());
        if (!absent(data)) {
            h.update(buffer(data));
        }
        return h;
    }

    /** pbkdf2_hmac_impl (Modules/_hashopenssl.c) over {@link #pbkdf2}. */
    static PyBytes pbkdf2Hmac(PyType unsupported, Object[] a) {
        if (!(a[0] instanceof String || a[0] instanceof PyBoxed bx && bx.getValue() instanceof String)) {
            throw PyErrors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not " + PyOps.typeName(a[0]));
        }
        byte[] password = BinasciiModule.data(a[1]);
        byte[] salt = BinasciiModule.data(a[2]);
        long iterations = cLong(a[3]);
        Algo algo = lookup(PyOps.str(a[0]));
        if (algo == null) {
            throw PyErrors.raise(unsupported, "[digital envelope routines] unsupported");
        }
        if (iterations < 1) {
            throw PyErrors.valueError("iteration value must be greater than 0.");
        }
        if (iterations > Integer.MAX_VALUE) {
            throw PyErrors.overflowError("iteration value is too great.");
        }
        long dklen = absent(a[4]) || a[4] == org.auditpy.runtime.PyNone.NONE ? defaultKeyLength(algo) : cLong(a[4]);
        if (dklen < 1) {
            throw PyErrors.valueError("key length must be greater than 0.");
        }
        if (dklen > Integer.MAX_VALUE) {
            throw PyErrors.overflowError("key length is too great.");
        }
        if (algo.xof()) {
            throw PyErrors.valueError("no reason supplied");
        }
        return PyBytes.of(pbkdf2(algo, password, salt, (int) iterations, (int) dklen));
    }

    /** EVP_MD_size: SHAKE's is 16 or 32 bytes (its security level), which PBKDF2 then refuses anyway. */
    private static long defaultKeyLength(Algo algo) {
        return algo.xof() ? (algo.blockSize() == 168 ? 16 : 32) : algo.digestSize();
    }

    /** A C long argument: "Python int too large to convert to C long" past 64 bits. */
    static long cLong(Object o) {
        java.math.BigInteger v = Fns.toBig(o);
        if (v.bitLength() > 63) {
            throw PyErrors.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    /** PBKDF2 (RFC 8018 section 5.2) with HMAC (RFC 2104) over {@code algo} as its pseudo-random function. */
    static byte[] pbkdf2(Algo algo, byte[] password, byte[] salt, int iterations, int dklen) {
        if (algo.jdk() != null) {
            byte[] r = pbkdf2Mac(algo, password, salt, iterations, dklen);
            if (r != null) {
                return r;
            }
        }
        int bs = algo.blockSize();
        byte[] key = password;
        if (key.length > bs) {
            Digests.Hasher k = algo.make();
            k.update(key, 0, key.length);
            key = k.digest(0);
        }
        byte[] ipad = new byte[bs];
        byte[] opad = new byte[bs];
        for (int i = 0; i < bs; i++) {
            byte b = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        Digests.Hasher inner = algo.make();
        inner.update(ipad, 0, bs);
        Digests.Hasher outer = algo.make();
        outer.update(opad, 0, bs);
        byte[] out = new byte[dklen];
        int hlen = algo.digestSize();
        for (int block = 1, at = 0; at < dklen; block++, at += hlen) {
            byte[] msg = java.util.Arrays.copyOf(salt, salt.length + 4);
            msg[salt.length] = (byte) (block >>> 24);
            msg[salt.length + 1] = (byte) (block >>> 16);
            msg[salt.length + 2] = (byte) (block >>> 8);
            msg[salt.length + 3] = (byte) block;
            byte[] u = prf(inner, outer, msg);
            byte[] t = u.clone();
            for (int j = 1; j < iterations; j++) {
                u = prf(inner, outer, u);
                for (int k = 0; k < t.length; k++) {
                    t[k] ^= u[k];
                }
            }
            System.arraycopy(t, 0, out, at, Math.min(hlen, dklen - at));
        }
        return out;
    }

    /**
     * PBKDF2 over the JDK's HMAC ({@link javax.crypto.Mac}), several times faster than copying digests per block:
     * null when the JDK has no HMAC for {@code algo}. An empty password is the key of one zero byte, which HMAC pads
     * to the same block (SecretKeySpec refuses an empty key).
     */
    private static byte[] pbkdf2Mac(Algo algo, byte[] password, byte[] salt, int iterations, int dklen) {
        String jdk = algo.jdk();
        String name = "Hmac" + (jdk.startsWith("SHA-") ? "SHA" + jdk.substring(4) : jdk);
        javax.crypto.Mac mac;
        try {
            mac = javax.crypto.Mac.getInstance(name);
            mac.init(new javax.crypto.spec.SecretKeySpec(password.length == 0 ? new byte[1] : password, name));
        } catch (java.security.GeneralSecurityException e) {
            return null;
        }
        int hlen = algo.digestSize();
        byte[] out = new byte[dklen];
        byte[] u = new byte[hlen];
        byte[] t = new byte[hlen];
        try {
            for (int block = 1, at = 0; at < dklen; block++, at += hlen) {
                mac.update(salt);
                mac.update(new byte[]{(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                mac.doFinal(u, 0);
                System.arraycopy(u, 0, t, 0, hlen);
                for (int j = 1; j < iterations; j++) {
                    mac.update(u);
                    mac.doFinal(u, 0);
                    for (int k = 0; k < hlen; k++) {
                        t[k] ^= u[k];
                    }
                }
                System.arraycopy(t, 0, out, at, Math.min(hlen, dklen - at));
            }
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static byte[] prf(Digests.Hasher inner, Digests.Hasher outer, byte[] msg) {
        Digests.Hasher i = inner.copy();
        i.update(msg, 0, msg.length);
        byte[] d = i.finish(0);
        Digests.Hasher o = outer.copy();
        o.update(d, 0, d.length);
        return o.finish(0);
    }

    /** _operator__compare_digest_impl (Modules/_operator.c): ASCII str with str, or bytes-like with bytes-like. */
    static boolean compareDigest(Object a, Object b) {
        byte[] x;
        byte[] y;
        if (isStr(a) && isStr(b)) {
            String s = PyOps.str(a);
            String t = PyOps.str(b);
            if (!ascii(s) || !ascii(t)) {
                throw PyErrors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            if (!isBuffer(a) && !isBuffer(b)) {
                throw PyErrors.typeError("unsupported operand types(s) or combination of types: '" + PyOps.typeName(a) + "' and '" +
                                PyOps.typeName(b) + "'");
            }
            x = BinasciiModule.data(a);
            y = BinasciiModule.data(b);
        }
        return java.security.MessageDigest.isEqual(x, y);
    }

    private static boolean isStr(Object o) {
        return o instanceof String || o instanceof PyBoxed bx && bx.getValue() instanceof String;
    }

    private static boolean isBuffer(Object o) {
        return o instanceof PyBytes || o instanceof PyMemoryView || !isStr(o) && PyOps.getAttributeOrNull(o, "tobytes") != null;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ _blake2

    static PyModule createBlake2(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_blake2");
        PyDict ns = m.getDict();
        for (boolean wide : new boolean[]{true, false}) {
            String name = wide ? "blake2b" : "blake2s";
            PyType t = newType(ctx, "_blake2", name, ctx.types().object);
            hashMethods(ctx, t, false);
            int max = wide ? 64 : 32;
            int saltMax = wide ? 16 : 8;
            Fns.method(ctx, t, "__new__", "cls, *data, digest_size=, key=, salt=, person=, fanout=, depth=, leaf_size=, node_offset=, " +
                            "node_depth=, inner_size=, last_node=, usedforsecurity=", a -> {
                                // data is positional-only and optional: Argument Clinic's message for more
                                PyTuple data = (PyTuple) a[1];
                                if (data.size() > 1) {
                                    throw PyErrors.typeError(name + "() takes at most 1 positional argument (" + data.size() + " given)");
                                }
                                Object[] b = a.clone();
                                b[1] = data.size() == 1 ? data.get(0) : org.auditpy.runtime.PyNone.NO_VALUE;
                                return newBlake2((PyType) a[0], wide, b);
                            });
            t.getDict().setStr("__new__", new Descriptors.StaticMethod(ctx.types().staticmethod, t.getDict().getStr("__new__")));
            t.getDict().setStr("SALT_SIZE", (long) saltMax);
            t.getDict().setStr("PERSON_SIZE", (long) saltMax);
            t.getDict().setStr("MAX_KEY_SIZE", (long) max);
            t.getDict().setStr("MAX_DIGEST_SIZE", (long) max);
            ns.setStr(name, t);
            String up = wide ? "BLAKE2B_" : "BLAKE2S_";
            ns.setStr(up + "SALT_SIZE", (long) saltMax);
            ns.setStr(up + "PERSON_SIZE", (long) saltMax);
            ns.setStr(up + "MAX_KEY_SIZE", (long) max);
            ns.setStr(up + "MAX_DIGEST_SIZE", (long) max);
        }
        return m;
    }

    /** py_blake2b_new_impl / py_blake2s_new_impl (Modules/_blake2/blake2b_impl.c): its checks in its order. */
    static HashObj newBlake2(PyType cls, boolean wide, Object[] a) {
        int max = wide ? 64 : 32;
        int saltMax = wide ? 16 : 8;
        // Argument Clinic's conversions first
        int digestSize = absent(a[2]) ? max : Fns.toInt(a[2]);
        byte[] key = absent(a[3]) ? new byte[0] : BinasciiModule.data(a[3]);
        byte[] salt = absent(a[4]) ? new byte[0] : BinasciiModule.data(a[4]);
        byte[] person = absent(a[5]) ? new byte[0] : BinasciiModule.data(a[5]);
        int fanout = absent(a[6]) ? 1 : Fns.toInt(a[6]);
        int depth = absent(a[7]) ? 1 : Fns.toInt(a[7]);
        long leafSize = absent(a[8]) ? 0 : unsigned(a[8]);
        long nodeOffset = absent(a[9]) ? 0 : unsigned(a[9]);
        int nodeDepth = absent(a[10]) ? 0 : Fns.toInt(a[10]);
        int innerSize = absent(a[11]) ? 0 : Fns.toInt(a[11]);
        boolean lastNode = !absent(a[12]) && PyOps.isTrue(a[12]);
        if (digestSize <= 0 || digestSize > max) {
            throw PyErrors.valueError("digest_size must be between 1 and " + max + " bytes");
        }
        if (salt.length > saltMax) {
            throw PyErrors.valueError("maximum salt length is " + saltMax + " bytes");
        }
        if (person.length > saltMax) {
            throw PyErrors.valueError("maximum person length is " + saltMax + " bytes");
        }
        if (fanout < 0 || fanout > 255) {
            throw PyErrors.valueError("fanout must be between 0 and 255");
        }
        if (depth <= 0 || depth > 255) {
            throw PyErrors.valueError("depth must be between 1 and 255");
        }
        if (Long.compareUnsigned(leafSize, 0xFFFFFFFFL) > 0) {
            throw PyErrors.overflowError("leaf_size is too large");
        }
        if (!wide && Long.compareUnsigned(nodeOffset, 0xFFFFFFFFFFFFL) > 0) {
            throw PyErrors.overflowError("node_offset is too large");
        }
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw PyErrors.valueError("node_depth must be between 0 and 255");
        }
        if (innerSize < 0 || innerSize > max) {
            throw PyErrors.valueError("inner_size must be between 0 and is " + max);
        }
        if (key.length > max) {
            throw PyErrors.valueError("maximum key length is " + max + " bytes");
        }
        Digests.Blake2Params p = new Digests.Blake2Params(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth,
                        innerSize, lastNode);
        Digests.Hasher h = wide ? new Digests.Blake2b(p) : new Digests.Blake2s(p);
        HashObj o = new HashObj(cls, wide ? "blake2b" : "blake2s", digestSize, wide ? 128 : 64, h);
        if (!absent(a[1])) {
            o.update(buffer(a[1]));
        }
        return o;
    }

    /** Argument Clinic's unsigned long long: negative is "value must be positive", past 64 bits "int too big to convert". */
    static long unsigned(Object o) {
        java.math.BigInteger v = Fns.toBig(o);
        if (v.signum() < 0) {
            throw PyErrors.valueError("value must be positive");
        }
        if (v.bitLength() > 64) {
            throw PyErrors.overflowError("int too big to convert");
        }
        return v.longValue();
    }
}
