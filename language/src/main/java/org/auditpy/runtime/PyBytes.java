package org.auditpy.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code bytes} (immutable) and {@code bytearray} (mutable: the array may be replaced, or grown in place by
 * {@link #append}).
 *
 * <p>A bytearray that appends ({@code +=}, {@code append}, {@code extend}) keeps spare room after its bytes, as
 * CPython's does, so that a loop of appends is linear rather than quadratic. Everything else sees an array of
 * exactly the object's bytes: {@link #getBytes} drops the spare room the first time it is asked after an append.
 *
 * <p>A bytearray viewed by memoryviews that were not released cannot change its size (Objects/bytearrayobject.c
 * {@code _canresize}: BufferError "Existing exports of data: object cannot be re-sized"). CPython counts the
 * exports and a view that dies gives its export back at once, by reference counting; here the views are held
 * weakly ({@link #addExport}), a {@link PyMemoryView#release} gives its export back at once, and a view the program
 * no longer reaches is found by a full collection of the JVM, run only when a resize meets a view not yet known to be
 * gone ({@link #checkResizable}). The collections that find every view dropped have a budget
 * ({@link #COLLECTIONS_FOR_EXPORTS} per process): a program that resizes right after each use of a temporary view
 * ({@code bytes(memoryview(ba)[:n]); del ba[:n]} in a loop) pays a collection (tens of milliseconds) for its first
 * few resizes only; after that, a view not released is taken to be gone, so a resize that CPython would refuse can
 * pass (never the reverse).
 */
public final class PyBytes extends PythonObject {
    private byte[] bytes;
    /** The number of bytes in use: {@code bytes.length}, or less while there is spare room after appends. */
    private int length;
    /** The memoryviews over this bytearray not yet released, weakly held; null until the first one. */
    private ArrayList<WeakReference<PyMemoryView>> exports;
    /** The size of {@link #exports} at which {@link #addExport} drops the released and collected views. */
    private int pruneAt = 16;

    public PyBytes(PyType cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
        this.length = bytes.length;
    }

    /** A {@code bytes} object (exact type) owning {@code b}. */
    public static PyBytes of(byte[] b) {
        return new PyBytes(PythonContext.get().types().bytes, b);
    }

    /** The bytes, in an array of exactly their length (which a bytearray's later changes may replace). */
    public byte[] getBytes() {
        if (bytes.length != length) {
            trim();
        }
        return bytes;
    }

    /** Drops a bytearray's spare room (a JDK copy: kept out of compiled code). */
    @TruffleBoundary
    private void trim() {
        bytes = Arrays.copyOf(bytes, length);
    }

    /** {@code len(self)}, without dropping a bytearray's spare room. */
    public int size() {
        return length;
    }

    /**
     * Replaces the content (bytearray only); BufferError, with the content unchanged, when that changes the size of
     * a bytearray with exports ({@link #checkResizable}).
     */
    public void setBytes(byte[] b) {
        if (exports != null && b.length != length) {
            checkResizable();
        }
        this.bytes = b;
        this.length = b.length;
    }

    /**
     * Appends {@code n} bytes of {@code src} from {@code offset} (bytearray only): in place when there is room, else
     * into an array half as large again (amortized O(1) per byte).
     */
    public void append(byte[] src, int offset, int n) {
        if (exports != null && n > 0) {
            checkResizable();
        }
        int need = length + n;
        if (need < 0) {
            throw new OutOfMemoryError();
        }
        if (need > bytes.length) {
            int room = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, (long) length + (length >> 1) + 16));
            bytes = Arrays.copyOf(bytes, room);
        }
        System.arraycopy(src, offset, bytes, length, n);
        length = need;
    }

    /** Records a memoryview {@code view} of this bytearray: an export until it is released or unreachable. */
    @TruffleBoundary
    public void addExport(PyMemoryView view) {
        if (exports == null) {
            exports = new ArrayList<>(2);
        }
        if (exports.size() >= pruneAt) {
            // views made and dropped in a loop pile up until a collection clears them: pruned when their number has
            // doubled since the last pruning, so that each view costs O(1)
            prune();
            pruneAt = Math.max(16, 2 * exports.size());
        }
        exports.add(new WeakReference<>(view));
    }

    /** Forgets the export of {@code view} (its {@code release()}). */
    @TruffleBoundary
    public void removeExport(PyMemoryView view) {
        if (exports != null) {
            // the latest views are at the end: a view released soon after it was made is found at once
            for (int i = exports.size() - 1; i >= 0; i--) {
                if (exports.get(i).get() == view) {
                    exports.remove(i);
                    return;
                }
            }
        }
    }

    /** Drops the exports of views released or collected; true when none is left. */
    private boolean prune() {
        exports.removeIf(r -> {
            PyMemoryView v = r.get();
            return v == null || v.isReleased();
        });
        return exports.isEmpty();
    }

    /**
     * CPython's {@code _canresize}: nothing when no memoryview exports this bytearray, else BufferError "Existing
     * exports of data: object cannot be re-sized". A view not released is looked for after a full collection of the
     * JVM, so that one the program dropped (CPython would have freed it) does not count.
     */
    @TruffleBoundary
    public void checkResizable() {
        if (exports == null || prune()) {
            return;
        }
        if (wastedCollections.get() >= COLLECTIONS_FOR_EXPORTS) {
            // the budget is spent: a view not released counts as dropped (see the class's comment)
            return;
        }
        System.gc();
        if (!prune()) {
            throw PyErrors.raise("BufferError", "Existing exports of data: object cannot be re-sized");
        }
        // every view was dropped: the collection only confirmed what CPython's reference counts would have known
        wastedCollections.incrementAndGet();
    }

    /**
     * How many full collections {@link #checkResizable} may run that find every view dropped (a collection that finds
     * one alive raises BufferError, and is not counted): a few, so that a loop of temporary views and resizes does not
     * pay a collection per iteration, while a resize that meets a live view still gets CPython's BufferError.
     */
    static final int COLLECTIONS_FOR_EXPORTS = 8;
    private static final java.util.concurrent.atomic.AtomicInteger wastedCollections = new java.util.concurrent.atomic.AtomicInteger();

    public boolean isByteArray() {
        return getPythonClass().isSubtypeOf(PythonContext.get().types().bytearray);
    }
}
