package org.auditpy.runtime;

/**
 * The parameters of a function or builtin (the shape of CPython's code-object argument fields): positional
 * parameters (the first {@code posOnlyCount} positional-only), an optional {@code *args} name, keyword-only
 * parameters, an optional {@code **kwargs} name.
 *
 * <p>Bound arguments are laid out in this order: positional, {@code *args} tuple, keyword-only,
 * {@code **kwargs} dict; see {@link ArgumentBinder}.
 */
public final class Signature {
    public final String[] positional;
    public final int posOnlyCount;
    public final String varargs;
    public final String[] kwOnly;
    public final String varkw;

    public Signature(String[] positional, int posOnlyCount, String varargs, String[] kwOnly, String varkw) {
        this.positional = positional;
        this.posOnlyCount = posOnlyCount;
        this.varargs = varargs;
        this.kwOnly = kwOnly;
        this.varkw = varkw;
    }

    /** Number of bound argument slots. */
    public int slotCount() {
        return positional.length + (varargs != null ? 1 : 0) + kwOnly.length + (varkw != null ? 1 : 0);
    }

    public int varargsSlot() {
        return positional.length;
    }

    public int kwOnlySlot(int i) {
        return positional.length + (varargs != null ? 1 : 0) + i;
    }

    public int varkwSlot() {
        return positional.length + (varargs != null ? 1 : 0) + kwOnly.length;
    }

    /** True when only exact positional calls without defaults can bind by copying. */
    public boolean isSimple() {
        return varargs == null && kwOnly.length == 0 && varkw == null;
    }

    /**
     * Parses a builtin's parameter list in CPython's text-signature style: names, {@code /} (positional-only
     * marker), {@code *} (keyword-only marker), {@code *args}, {@code **kwargs}; a trailing {@code =} marks an
     * optional parameter. Returns the signature and fills {@code optional} (one flag per slot) if non-null.
     */
    public static Signature parse(String[] params, boolean[] optionalOut) {
        java.util.List<String> pos = new java.util.ArrayList<>();
        java.util.List<String> kw = new java.util.ArrayList<>();
        java.util.List<Boolean> opt = new java.util.ArrayList<>();
        java.util.List<Boolean> kwOpt = new java.util.ArrayList<>();
        int posOnly = 0;
        String varargs = null;
        String varkw = null;
        boolean kwMode = false;
        for (String p : params) {
            if (p.equals("/")) {
                posOnly = pos.size();
            } else if (p.equals("*")) {
                kwMode = true;
            } else if (p.startsWith("**")) {
                varkw = p.substring(2);
            } else if (p.startsWith("*")) {
                varargs = p.substring(1);
                kwMode = true;
            } else {
                boolean o = p.endsWith("=");
                String n = o ? p.substring(0, p.length() - 1) : p;
                if (kwMode) {
                    kw.add(n);
                    kwOpt.add(o);
                } else {
                    pos.add(n);
                    opt.add(o);
                }
            }
        }
        Signature s = new Signature(pos.toArray(new String[0]), posOnly, varargs, kw.toArray(new String[0]), varkw);
        if (optionalOut != null) {
            for (int i = 0; i < pos.size(); i++) {
                optionalOut[i] = opt.get(i);
            }
            for (int i = 0; i < kw.size(); i++) {
                optionalOut[s.kwOnlySlot(i)] = kwOpt.get(i);
            }
        }
        return s;
    }
}
