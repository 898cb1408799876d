package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.math.BigInteger;

import org.auditpy.builtins.StructSeq;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/**
 * {@code pwd} and {@code grp}, as CPython 3.11's Modules/pwdmodule.c and Modules/grpmodule.c: the user and group
 * databases through libc's {@code getpwuid}/{@code getpwnam}/{@code getpwent} and {@code getgrgid}/{@code getgrnam}/
 * {@code getgrent} ({@link LibcCalls}), entries as the struct sequences {@code pwd.struct_passwd} and
 * {@code grp.struct_group}, with CPython's KeyErrors for missing entries and the uid/gid conversion errors of
 * {@code _Py_Uid_Converter}/{@code _Py_Gid_Converter}. pathlib's {@code Path.owner()}/{@code group()} and
 * {@code os.path.expanduser("~user")} use them. Neither module raises audit events in CPython 3.11.
 */
final class PwdModule {
    private PwdModule() {
    }

    static final String[] PASSWD_FIELDS = {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"};
    static final String[] GROUP_FIELDS = {"gr_name", "gr_passwd", "gr_gid", "gr_mem"};

    /** The module {@code pwd}. */
    static PyModule createPwd(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "pwd");
        PyDict ns = m.getDict();
        PyType passwd = StructSeq.makeType(ctx, "pwd", "struct_passwd", PASSWD_FIELDS);
        ns.setStr("struct_passwd", passwd);
        def(ctx, ns, "getpwuid", "uidobj, /", a -> {
            long uid = id(a[0], "uid", true);
            if (uid < 0) {
                // an OverflowError of the conversion (pwd_getpwuid_impl)
                throw PyErrors.raise("KeyError", "getpwuid(): uid not found");
            }
            Object[] f = LibcCalls.passwd(null, uid);
            if (f == null) {
                throw PyErrors.raise("KeyError", "getpwuid(): uid not found: " + PyOps.str(a[0]));
            }
            return entry(passwd, f);
        });
        def(ctx, ns, "getpwnam", "name, /", a -> {
            String name = name(a[0], "getpwnam() argument");
            Object[] f = LibcCalls.passwd(Fns.fsencode(name), 0);
            if (f == null) {
                throw PyErrors.raise("KeyError", "getpwnam(): name not found: " + PyOps.repr(name));
            }
            return entry(passwd, f);
        });
        def(ctx, ns, "getpwall", "", a -> {
            PyList out = PyList.of();
            for (Object[] f : LibcCalls.allPasswd()) {
                out.append(entry(passwd, f));
            }
            return out;
        });
        return m;
    }

    /** The module {@code grp}. */
    static PyModule createGrp(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "grp");
        PyDict ns = m.getDict();
        PyType group = StructSeq.makeType(ctx, "grp", "struct_group", GROUP_FIELDS);
        ns.setStr("struct_group", group);
        def(ctx, ns, "getgrgid", "id", a -> {
            Object[] f = LibcCalls.group(null, id(a[0], "gid", false));
            if (f == null) {
                throw PyErrors.raise("KeyError", "getgrgid(): gid not found: " + PyOps.str(a[0]));
            }
            return groupEntry(group, f);
        });
        def(ctx, ns, "getgrnam", "name", a -> {
            String name = name(a[0], "getgrnam() argument 'name'");
            Object[] f = LibcCalls.group(Fns.fsencode(name), 0);
            if (f == null) {
                throw PyErrors.raise("KeyError", "getgrnam(): name not found: " + PyOps.repr(name));
            }
            return groupEntry(group, f);
        });
        def(ctx, ns, "getgrall", "", a -> {
            PyList out = PyList.of();
            for (Object[] f : LibcCalls.allGroups()) {
                out.append(groupEntry(group, f));
            }
            return out;
        });
        return m;
    }

    private static PyTuple entry(PyType type, Object[] f) {
        Object[] items = new Object[f.length];
        for (int i = 0; i < f.length; i++) {
            items[i] = f[i] == null ? PyNone.NONE : f[i];
        }
        return new PyTuple(type, items);
    }

    private static PyTuple groupEntry(PyType type, Object[] f) {
        @SuppressWarnings("unchecked")
        java.util.List<String> members = (java.util.List<String>) f[3];
        return new PyTuple(type, new Object[]{f[0] == null ? PyNone.NONE : f[0], f[1] == null ? PyNone.NONE : f[1], f[2],
            PyList.of(members.toArray())});
    }

    /** A user or group name: a str without NUL ("getpwnam() argument must be str, not int"). */
    private static String name(Object o, String what) {
        String s = o instanceof String str ? str : o instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String str ? str : null;
        if (s == null) {
            throw PyErrors.typeError(what + " must be str, not " + PyOps.typeName(o));
        }
        if (s.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null byte");
        }
        return s;
    }

    /**
     * _Py_Uid_Converter/_Py_Gid_Converter (Modules/posixmodule.c): an int (or __index__) as a 32-bit id, -1 as
     * (uid_t)-1; "uid should be integer, not str"; OverflowError "uid is less than minimum" for other negative
     * values and, as CPython's truncation check reports it, for values past 32 bits that fit a C long, "uid is
     * greater than maximum" past that; -1 instead of an OverflowError when {@code overflowAsMinusOne}.
     */
    static long id(Object o, String what, boolean overflowAsMinusOne) {
        if (o instanceof Double || (!Fns.isIntLike(o) && PyOps.typeOf(o).lookup("__index__") == null)) {
            throw PyErrors.typeError(what + " should be integer, not " + PyOps.typeName(o));
        }
        BigInteger v = Fns.toBig(o);
        if (v.bitLength() >= 64) {
            if (overflowAsMinusOne) {
                return -1;
            }
            throw PyErrors.overflowError(what + (v.signum() < 0 ? " is less than minimum" : " is greater than maximum"));
        }
        long l = v.longValue();
        if (l == -1) {
            return 0xffffffffL;
        }
        if (l < 0 || l > 0xffffffffL) {
            if (overflowAsMinusOne) {
                return -1;
            }
            throw PyErrors.overflowError(what + " is less than minimum");
        }
        return l;
    }
}
