package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.absentOrNone;
import static org.auditpy.shims.Fns.toLong;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

/**
 * {@code mmap}, as CPython's Modules/mmapmodule.c (Unix): anonymous maps are direct byte buffers, file maps are
 * {@link FileChannel#map} of the descriptor's channel (ACCESS_COPY: a private copy of the file's bytes). The
 * {@code mmap.__new__} event is raised after the arguments are checked and before anything is mapped.
 */
final class MmapModule {
    private MmapModule() {
    }

    static final int ACCESS_DEFAULT = 0;
    static final int ACCESS_READ = 1;
    static final int ACCESS_WRITE = 2;
    static final int ACCESS_COPY = 3;
    static final int MAP_SHARED = 1;
    static final int MAP_PRIVATE = 2;
    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int PAGESIZE = 4096;

    static final class MmapObj extends PythonObject {
        ByteBuffer buf;
        int size;
        int pos;
        int access;
        /** The mapped file (null for anonymous maps): size() reports the file's current size. */
        Path file;
        FileChannel ch;

        MmapObj(PyType t) {
            super(t);
        }

        ByteBuffer valid() {
            if (buf == null) {
                throw PyErrors.valueError("mmap closed or invalid");
            }
            return buf;
        }

        void writable() {
            valid();
            if (access == ACCESS_READ) {
                throw PyErrors.typeError("mmap can't modify a readonly memory map.");
            }
        }
    }

    static MmapObj self(Object o) {
        if (o instanceof MmapObj m) {
            return m;
        }
        throw PyErrors.typeError("descriptor requires a 'mmap.mmap' object but received a '" + PyOps.typeName(o) + "'");
    }

    static PyException osError(int errno) {
        return PyErrors.osError(errno, ErrnoModule.strerror(errno), null);
    }

    static Object newMmap(PyType cls, Object[] a) {
        int fd = Fns.toInt(a[1]);
        long mapSize = toLong(a[2]);
        int flags = absent(a[3]) ? MAP_SHARED : Fns.toInt(a[3]);
        int prot = absent(a[4]) ? (PROT_READ | PROT_WRITE) : Fns.toInt(a[4]);
        int access = absent(a[5]) ? ACCESS_DEFAULT : Fns.toInt(a[5]);
        long offset = absent(a[6]) ? 0 : toLong(a[6]);
        if (mapSize < 0) {
            throw PyErrors.overflowError("memory mapped length must be positive");
        }
        if (offset < 0) {
            throw PyErrors.overflowError("memory mapped offset must be positive");
        }
        if (access != ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_WRITE | PROT_READ))) {
            throw PyErrors.valueError("mmap can't specify both access and flags, prot.");
        }
        switch (access) {
            case ACCESS_READ:
                flags = MAP_SHARED;
                prot = PROT_READ;
                break;
            case ACCESS_WRITE:
                flags = MAP_SHARED;
                prot = PROT_READ | PROT_WRITE;
                break;
            case ACCESS_COPY:
                flags = MAP_PRIVATE;
                prot = PROT_READ | PROT_WRITE;
                break;
            case ACCESS_DEFAULT:
                if ((prot & PROT_READ) != 0 && (prot & PROT_WRITE) != 0) {
                    // stays ACCESS_DEFAULT
                } else if ((prot & PROT_WRITE) != 0) {
                    access = ACCESS_WRITE;
                } else {
                    access = ACCESS_READ;
                }
                break;
            default:
                throw PyErrors.valueError("mmap invalid access parameter.");
        }
        if (Audit.active()) {
            Audit.raise("mmap.__new__", (long) fd, mapSize, (long) access, offset);
        }
        PosixModule.Fd f = null;
        long fileSize = -1;
        if (fd != -1) {
            f = PosixModule.state().fds.get(fd);
            if (f != null && f.ch != null && f.path != null && Files.isRegularFile(f.path)) {
                try {
                    fileSize = f.ch.size();
                } catch (IOException e) {
                    throw PosixModule.err(e, null);
                }
                if (mapSize == 0) {
                    if (fileSize == 0) {
                        throw PyErrors.valueError("cannot mmap an empty file");
                    }
                    if (offset >= fileSize) {
                        throw PyErrors.valueError("mmap offset is greater than file size");
                    }
                    mapSize = fileSize - offset;
                } else if (offset > fileSize || fileSize - offset < mapSize) {
                    throw PyErrors.valueError("mmap length is greater than file size");
                }
            }
        }
        if (mapSize > Integer.MAX_VALUE - 16) {
            throw osError(12);
        }
        if (offset % PAGESIZE != 0 || mapSize == 0 && fd == -1) {
            throw osError(22);
        }
        MmapObj m = new MmapObj(cls);
        m.access = access;
        m.size = (int) mapSize;
        if (fd == -1) {
            m.buf = ByteBuffer.allocateDirect(m.size);
            return m;
        }
        if (f == null) {
            throw osError(9);
        }
        if (f.ch == null || fileSize < 0) {
            throw osError(19);
        }
        m.file = f.path;
        m.ch = f.ch;
        try {
            if (access == ACCESS_COPY) {
                ByteBuffer copy = ByteBuffer.allocate(m.size);
                long p = offset;
                while (copy.hasRemaining()) {
                    int r = f.ch.read(copy, p);
                    if (r <= 0) {
                        break;
                    }
                    p += r;
                }
                copy.clear();
                m.buf = copy;
            } else {
                FileChannel.MapMode mode = (prot & PROT_WRITE) != 0 ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY;
                m.buf = f.ch.map(mode, offset, mapSize);
            }
        } catch (NonWritableChannelException | NonReadableChannelException e) {
            throw osError(13);
        } catch (IOException e) {
            throw PosixModule.err(e, null);
        }
        return m;
    }

    static byte[] get(MmapObj m, int from, int len) {
        byte[] out = new byte[len];
        m.valid().get(from, out, 0, len);
        return out;
    }

    static byte[] bytesArg(Object o) {
        if (o instanceof PyBytes b) {
            return b.getBytes();
        }
        if (o instanceof MmapObj m) {
            return get(m, 0, m.size);
        }
        Object tb = PyOps.getAttributeOrNull(o, "tobytes");
        if (tb != null && PyOps.callPositional(tb) instanceof PyBytes b) {
            return b.getBytes();
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(o) + "'");
    }

    /** CPython's mmap_gfind: start/end as slice indices, -1 when not found. */
    static long find(MmapObj m, Object[] a, boolean reverse) {
        m.valid();
        byte[] sub = bytesArg(a[1]);
        long start = absentOrNone(a[2]) ? m.pos : toLong(a[2]);
        long end = absentOrNone(a[3]) ? m.size : toLong(a[3]);
        if (start < 0) {
            start = Math.max(0, start + m.size);
        } else if (start > m.size) {
            start = m.size;
        }
        if (end < 0) {
            end = Math.max(0, end + m.size);
        } else if (end > m.size) {
            end = m.size;
        }
        if (end - start < sub.length) {
            return -1;
        }
        if (reverse) {
            for (long i = end - sub.length; i >= start; i--) {
                if (matches(m.buf, (int) i, sub)) {
                    return i;
                }
            }
        } else {
            for (long i = start; i <= end - sub.length; i++) {
                if (matches(m.buf, (int) i, sub)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean matches(ByteBuffer b, int at, byte[] sub) {
        for (int j = 0; j < sub.length; j++) {
            if (b.get(at + j) != sub[j]) {
                return false;
            }
        }
        return true;
    }

    static long index(MmapObj m, Object key) {
        long i = PyOps.asIndex(key);
        if (i < 0) {
            i += m.size;
        }
        if (i < 0 || i >= m.size) {
            throw PyErrors.indexError("mmap index out of range");
        }
        return i;
    }

    static boolean isIndex(Object o) {
        return Fns.isIntLike(o) || !(o instanceof Double) && PyOps.getAttributeOrNull(PyOps.typeOf(o), "__index__") != null;
    }

    static Object getItem(MmapObj m, Object key) {
        m.valid();
        if (key instanceof PySlice sl) {
            long[] ix = sl.indices(m.size);
            int n = (int) ix[3];
            if (ix[2] == 1) {
                return PyBytes.of(get(m, (int) ix[0], n));
            }
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = m.buf.get((int) (ix[0] + i * ix[2]));
            }
            return PyBytes.of(out);
        }
        if (!isIndex(key)) {
            throw PyErrors.typeError("mmap indices must be integers");
        }
        return (long) (m.buf.get((int) index(m, key)) & 0xff);
    }

    static void setItem(MmapObj m, Object key, Object value) {
        m.valid();
        if (key instanceof PySlice sl) {
            long[] ix = sl.indices(m.size);
            if (value == null) {
                throw PyErrors.typeError("mmap doesn't support slice deletion");
            }
            byte[] data = bytesArg(value);
            if (data.length != ix[3]) {
                throw PyErrors.indexError("mmap slice assignment is wrong size");
            }
            m.writable();
            for (int i = 0; i < data.length; i++) {
                m.buf.put((int) (ix[0] + i * ix[2]), data[i]);
            }
            return;
        }
        if (!isIndex(key)) {
            throw PyErrors.typeError("mmap indices must be integer");
        }
        long i = index(m, key);
        if (value == null) {
            throw PyErrors.typeError("mmap doesn't support item deletion");
        }
        if (!isIndex(value)) {
            throw PyErrors.typeError("mmap item value must be an int");
        }
        long v = PyOps.asIndex(value);
        if (v < 0 || v > 255) {
            throw PyErrors.valueError("mmap item value must be in range(0, 256)");
        }
        m.writable();
        m.buf.put((int) i, (byte) v);
    }

    static void close(MmapObj m) {
        m.buf = null;
        m.ch = null;
        m.size = 0;
        m.pos = 0;
    }

    static PyModule create(PythonContext ctx) {
        PyModule mod = Fns.module(ctx, "mmap");
        PyDict ns = mod.getDict();
        PyType t = new PyType(ctx.types().type, "mmap", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER, false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "mmap");
        Fns.method(ctx, t, "__new__", "cls, fileno, length, flags=, prot=, access=, offset=", a -> newMmap((PyType) a[0], a));
        t.getDict().setStr("__new__", new Descriptors.StaticMethod(ctx.types().staticmethod, t.getDict().getStr("__new__")));
        Fns.method(ctx, t, "close", "self", a -> {
            close(self(a[0]));
            return null;
        });
        t.getDict().setStr("closed", new Descriptors.GetSet(ctx.types().getsetDescriptor, "closed", t, o -> self(o).buf == null, null, null));
        Fns.method(ctx, t, "__enter__", "self", a -> {
            self(a[0]).valid();
            return a[0];
        });
        Fns.method(ctx, t, "__exit__", "self, *args", a -> {
            close(self(a[0]));
            return null;
        });
        Fns.method(ctx, t, "__len__", "self", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            return (long) m.size;
        });
        Fns.method(ctx, t, "size", "self", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            if (m.file != null) {
                try {
                    return Files.size(m.file);
                } catch (IOException e) {
                    throw PosixModule.err(e, null);
                }
            }
            // CPython 3.11 fstat()s the map's descriptor: -1 for an anonymous map
            throw osError(9);
        });
        Fns.method(ctx, t, "tell", "self", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            return (long) m.pos;
        });
        Fns.method(ctx, t, "seek", "self, pos, whence=, /", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            long dist = toLong(a[1]);
            int how = absent(a[2]) ? 0 : Fns.toInt(a[2]);
            long where;
            switch (how) {
                case 0:
                    where = dist;
                    break;
                case 1:
                    where = m.pos + dist;
                    break;
                case 2:
                    where = m.size + dist;
                    break;
                default:
                    throw PyErrors.valueError("unknown seek type");
            }
            if (where > m.size || where < 0) {
                throw PyErrors.valueError("seek out of range");
            }
            m.pos = (int) where;
            return null;
        });
        Fns.method(ctx, t, "read", "self, n=, /", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            long remaining = m.pos < m.size ? m.size - m.pos : 0;
            long n = absentOrNone(a[1]) ? -1 : toLong(a[1]);
            if (n < 0 || n > remaining) {
                n = remaining;
            }
            byte[] out = get(m, m.pos, (int) n);
            m.pos += (int) n;
            return PyBytes.of(out);
        });
        Fns.method(ctx, t, "read_byte", "self", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            if (m.pos >= m.size) {
                throw PyErrors.valueError("read byte out of range");
            }
            return (long) (m.buf.get(m.pos++) & 0xff);
        });
        Fns.method(ctx, t, "readline", "self", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            int end = m.pos;
            while (end < m.size && m.buf.get(end) != '\n') {
                end++;
            }
            if (end < m.size) {
                end++;
            }
            byte[] out = get(m, m.pos, Math.max(0, end - m.pos));
            m.pos = Math.max(m.pos, end);
            return PyBytes.of(out);
        });
        Fns.method(ctx, t, "write", "self, bytes, /", a -> {
            MmapObj m = self(a[0]);
            byte[] data = bytesArg(a[1]);
            m.writable();
            if (m.pos > m.size || m.size - m.pos < data.length) {
                throw PyErrors.valueError("data out of range");
            }
            m.buf.put(m.pos, data);
            m.pos += data.length;
            return (long) data.length;
        });
        Fns.method(ctx, t, "write_byte", "self, byte, /", a -> {
            MmapObj m = self(a[0]);
            long v = toLong(a[1]);
            if (v < 0 || v > 255) {
                throw PyErrors.overflowError(v < 0 ? "unsigned byte integer is less than minimum" : "unsigned byte integer is greater than maximum");
            }
            m.writable();
            if (m.pos >= m.size) {
                throw PyErrors.valueError("write byte out of range");
            }
            m.buf.put(m.pos++, (byte) v);
            return null;
        });
        Fns.method(ctx, t, "flush", "self, offset=, size=, /", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            long off = absent(a[1]) ? 0 : toLong(a[1]);
            long sz = absent(a[2]) ? m.size : toLong(a[2]);
            if (sz < 0 || off < 0 || m.size - off < sz) {
                throw PyErrors.valueError("flush values out of range");
            }
            if (m.access == ACCESS_READ || m.access == ACCESS_COPY) {
                return null;
            }
            if (m.buf instanceof MappedByteBuffer mb && sz > 0) {
                mb.force((int) off, (int) sz);
            }
            return null;
        });
        Fns.method(ctx, t, "find", "self, sub, start=, end=, /", a -> find(self(a[0]), a, false));
        Fns.method(ctx, t, "rfind", "self, sub, start=, end=, /", a -> find(self(a[0]), a, true));
        Fns.method(ctx, t, "move", "self, dest, src, count, /", a -> {
            MmapObj m = self(a[0]);
            long dest = toLong(a[1]);
            long src = toLong(a[2]);
            long cnt = toLong(a[3]);
            m.writable();
            if (dest < 0 || src < 0 || cnt < 0 || m.size - dest < cnt || m.size - src < cnt) {
                throw PyErrors.valueError("source, destination, or count out of range");
            }
            byte[] tmp = get(m, (int) src, (int) cnt);
            m.buf.put((int) dest, tmp);
            return null;
        });
        Fns.method(ctx, t, "resize", "self, newsize, /", a -> {
            MmapObj m = self(a[0]);
            m.valid();
            if (m.access == ACCESS_READ || m.access == ACCESS_COPY) {
                throw PyErrors.typeError("mmap can't resize a readonly or copy-on-write memory map.");
            }
            throw PyErrors.raise("SystemError", "mmap: resizing not available--no mremap()");
        });
        Fns.method(ctx, t, "__getitem__", "self, key, /", a -> getItem(self(a[0]), a[1]));
        Fns.method(ctx, t, "__setitem__", "self, key, value, /", a -> {
            setItem(self(a[0]), a[1], a[2]);
            return null;
        });
        Fns.method(ctx, t, "__delitem__", "self, key, /", a -> {
            setItem(self(a[0]), a[1], null);
            return null;
        });
        ns.setStr("mmap", t);
        ns.setStr("error", ctx.types().exception("OSError"));
        ns.setStr("ACCESS_DEFAULT", (long) ACCESS_DEFAULT);
        ns.setStr("ACCESS_READ", (long) ACCESS_READ);
        ns.setStr("ACCESS_WRITE", (long) ACCESS_WRITE);
        ns.setStr("ACCESS_COPY", (long) ACCESS_COPY);
        ns.setStr("PAGESIZE", (long) PAGESIZE);
        ns.setStr("ALLOCATIONGRANULARITY", (long) PAGESIZE);
        ns.setStr("MAP_SHARED", (long) MAP_SHARED);
        ns.setStr("MAP_PRIVATE", (long) MAP_PRIVATE);
        ns.setStr("MAP_ANON", 32L);
        ns.setStr("MAP_ANONYMOUS", 32L);
        ns.setStr("PROT_READ", (long) PROT_READ);
        ns.setStr("PROT_WRITE", (long) PROT_WRITE);
        ns.setStr("PROT_EXEC", 4L);
        return mod;
    }
}
