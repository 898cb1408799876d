package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Slicing of list, tuple, str and bytes ({@code seq[a:b:c]}, slice assignment and deletion on lists). */
public final class SliceOps {
    private SliceOps() {
    }

    @TruffleBoundary
    public static Object getSlice(Object obj, PySlice sl) {
        if (obj instanceof String s) {
            boolean bmp = StrIndex.isBmp(s);
            long[] ix = sl.indices(StrIndex.length(s));
            if (ix[2] == 1) {
                if (bmp) {
                    return s.substring((int) ix[0], (int) (ix[0] + ix[3]));
                }
                return s.substring(StrIndex.charOffset(s, (int) ix[0]), StrIndex.charOffset(s, (int) (ix[0] + ix[3])));
            }
            if (bmp) {
                char[] out = new char[(int) ix[3]];
                for (int i = 0, j = (int) ix[0]; i < out.length; i++, j += (int) ix[2]) {
                    out[i] = s.charAt(j);
                }
                return new String(out);
            }
            int[] cps = s.codePoints().toArray();
            StringBuilder sb = new StringBuilder((int) ix[3]);
            for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                sb.appendCodePoint(cps[(int) j]);
            }
            return sb.toString();
        }
        if (obj instanceof PyBytes b) {
            byte[] src = b.getBytes();
            long[] ix = sl.indices(src.length);
            byte[] r = new byte[(int) ix[3]];
            for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                r[(int) i] = src[(int) j];
            }
            return new PyBytes(b.isByteArray() ? PythonContext.get().types().bytearray : PythonContext.get().types().bytes, r);
        }
        if (obj instanceof PyList l) {
            long[] ix = sl.indices(l.size());
            return l.copyStep((int) ix[0], (int) ix[2], (int) ix[3]);
        }
        Object[] src = ((PyTuple) obj).items();
        int size = src.length;
        long[] ix = sl.indices(size);
        if (obj instanceof PyTuple t && ix[2] == 1 && ix[0] == 0 && ix[3] == size && !t.getPythonClass().isHeapType()) {
            return t; // as tuplesubscript: the whole of an exact tuple is itself
        }
        Object[] r = new Object[(int) ix[3]];
        for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
            r[(int) i] = src[(int) j];
        }
        return PyTuple.of(r);
    }

    @TruffleBoundary
    public static void setSlice(PyList l, PySlice sl, Object value) {
        Object[] vals = PyOps.toArray(value);
        long[] ix = sl.indices(l.size());
        if (ix[2] == 1) {
            int start = (int) ix[0];
            int stop = (int) Math.max(ix[0], ix[1]);
            if (vals.length == stop - start) {
                // as many items as it replaces: set in place (l[i:i + 1] = [x] copied the whole list each time)
                for (int i = 0; i < vals.length; i++) {
                    l.set(start + i, vals[i]);
                }
                return;
            }
            Object[] old = l.toArray();
            Object[] r = new Object[old.length - (stop - start) + vals.length];
            System.arraycopy(old, 0, r, 0, start);
            System.arraycopy(vals, 0, r, start, vals.length);
            System.arraycopy(old, stop, r, start + vals.length, old.length - stop);
            l.setValues(r, r.length);
            return;
        }
        if (vals.length != ix[3]) {
            throw PyErrors.valueError("attempt to assign sequence of size " + vals.length + " to extended slice of size " + ix[3]);
        }
        for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
            l.set((int) j, vals[(int) i]);
        }
    }

    @TruffleBoundary
    public static void delSlice(PyList l, PySlice sl) {
        long[] ix = sl.indices(l.size());
        if (ix[3] <= 0) {
            return;
        }
        if (ix[2] == 1 || ix[2] == -1) {
            // a contiguous range (a step of -1 deletes the same range from its other end), moved in the list's storage
            int first = (int) (ix[2] == 1 ? ix[0] : ix[0] - ix[3] + 1);
            l.removeRange(first, first + (int) ix[3]);
            return;
        }
        boolean[] del = new boolean[l.size()];
        for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
            del[(int) j] = true;
        }
        Object[] old = l.toArray();
        Object[] r = new Object[old.length];
        int n = 0;
        for (int i = 0; i < old.length; i++) {
            if (!del[i]) {
                r[n++] = old[i];
            }
        }
        l.setValues(r, n);
    }
}
