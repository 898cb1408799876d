package org.auditpy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds a call's arguments to a {@link Signature}, as CPython's {@code _PyEval_MakeFrameVector} /
 * {@code initialize_locals} (Python/ceval.c), with CPython 3.11's error messages (which name the function's
 * qualified name).
 *
 * <p>Arguments arrive vectorcall-style: {@code args} holds the positional values followed by one value per
 * name in {@code kwNames}. The result has {@code offset} leading free slots (for the frame's fixed
 * arguments) followed by {@link Signature#slotCount()} bound values.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    public static final String[] NO_KEYWORDS = new String[0];

    /**
     * Binds the arguments. {@code defaults} are the defaults of the last positional parameters (may be empty),
     * {@code kwDefaults} those of keyword-only ones (may be null), {@code optional} marks builtin parameters
     * that are filled with {@link PyNone#NO_VALUE} when absent (may be null).
     *
     * @throws PyException TypeError for a call that does not fit the signature
     */
    @TruffleBoundary
    public static Object[] bind(String fnName, Signature sig, Object[] defaults, PyDict kwDefaults, boolean[] optional,
                    Object[] args, String[] kwNames, int offset) {
        return bind(fnName, null, sig, defaults, kwDefaults, optional, args, kwNames, offset);
    }

    /**
     * {@link #bind(String, Signature, Object[], PyDict, boolean[], Object[], String[], int)} for a builtin:
     * {@code parserName} is the name CPython's argument parser ({@code _PyArg_UnpackKeywords},
     * {@code PyArg_ParseTupleAndKeywords}) gives it in "'x' is an invalid keyword argument for NAME()"; null for a
     * Python function ("f() got an unexpected keyword argument 'x'").
     */
    @TruffleBoundary
    public static Object[] bind(String fnName, String parserName, Signature sig, Object[] defaults, PyDict kwDefaults, boolean[] optional,
                    Object[] args, String[] kwNames, int offset) {
        int nkw = kwNames.length;
        int npos = args.length - nkw;
        int nparams = sig.positional.length;
        if (parserName != null && nkw > 0 && !parserName.equals(fnName) && sig.kwOnly.length == 0 && sig.varkw == null &&
                        (sig.posOnlyCount == nparams || sig.varargs != null && nparams == 1)) {
            // a constructor that takes no keywords (float(x=1), map(f=len), range(stop=1)): _PyArg_NoKeywords
            throw PyErrors.typeError(parserName + "() takes no keyword arguments");
        }
        if (optional != null && sig.varargs == null && sig.kwOnly.length == 0 && sig.varkw == null && sig.posOnlyCount == nparams) {
            checkPositionalOnlyBuiltin(fnName, nparams, optional, npos, nkw);
        }
        Object[] out = new Object[offset + sig.slotCount()];
        // positional
        int ncopy = Math.min(npos, nparams);
        System.arraycopy(args, 0, out, offset, ncopy);
        if (sig.varargs != null) {
            Object[] extra = npos > nparams ? java.util.Arrays.copyOfRange(args, nparams, npos) : PyTuple.EMPTY_ARRAY;
            out[offset + sig.varargsSlot()] = PyTuple.of(extra);
        } else if (npos > nparams) {
            throw tooManyPositional(fnName, sig, defaults, optional, npos, args, kwNames);
        }
        PyDict varkw = null;
        if (sig.varkw != null) {
            varkw = PyDict.create();
            out[offset + sig.varkwSlot()] = varkw;
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwNames[k];
            Object value = args[npos + k];
            int slot = -1;
            for (int i = sig.posOnlyCount; i < nparams; i++) {
                if (sig.positional[i].equals(name)) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                for (int i = 0; i < sig.kwOnly.length; i++) {
                    if (sig.kwOnly[i].equals(name)) {
                        slot = sig.kwOnlySlot(i);
                        break;
                    }
                }
            }
            if (slot < 0) {
                if (varkw != null) {
                    varkw.setStr(name, value);
                    continue;
                }
                boolean isPosOnly = false;
                for (int i = 0; i < sig.posOnlyCount; i++) {
                    isPosOnly |= sig.positional[i].equals(name);
                }
                if (isPosOnly && parserName == null) {
                    if (posOnlyAsKw == null) {
                        posOnlyAsKw = new ArrayList<>();
                    }
                    posOnlyAsKw.add(name);
                    continue;
                }
                if (parserName != null) {
                    throw PyErrors.typeError("'" + name + "' is an invalid keyword argument for " + parserName + "()");
                }
                throw PyErrors.typeError(fnName + "() got an unexpected keyword argument '" + name + "'");
            }
            if (out[offset + slot] != null) {
                throw PyErrors.typeError(fnName + "() got multiple values for argument '" + name + "'");
            }
            out[offset + slot] = value;
        }
        if (posOnlyAsKw != null) {
            throw PyErrors.typeError(fnName + "() got some positional-only arguments passed as keyword arguments: '" +
                            String.join(", ", posOnlyAsKw) + "'");
        }
        // defaults and missing positional
        int ndef = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = 0; i < nparams; i++) {
            if (out[offset + i] == null) {
                int d = i - (nparams - ndef);
                if (d >= 0) {
                    out[offset + i] = defaults[d];
                } else if (optional != null && optional[i]) {
                    out[offset + i] = PyNone.NO_VALUE;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(sig.positional[i]);
                }
            }
        }
        if (missing != null) {
            throw missingError(fnName, "positional", missing);
        }
        for (int i = 0; i < sig.kwOnly.length; i++) {
            int slot = offset + sig.kwOnlySlot(i);
            if (out[slot] == null) {
                Object d = kwDefaults == null ? null : kwDefaults.getStr(sig.kwOnly[i]);
                if (d != null) {
                    out[slot] = d;
                } else if (optional != null && optional[sig.kwOnlySlot(i)]) {
                    out[slot] = PyNone.NO_VALUE;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(sig.kwOnly[i]);
                }
            }
        }
        if (missing != null) {
            throw missingError(fnName, "keyword-only", missing);
        }
        return out;
    }

    /**
     * Arity errors of builtins whose parameters are all positional-only, in CPython's wording for METH_NOARGS,
     * METH_O and {@code _PyArg_CheckPositional}.
     */
    private static void checkPositionalOnlyBuiltin(String fnName, int nparams, boolean[] optional, int npos, int nkw) {
        int required = 0;
        while (required < nparams && !optional[required]) {
            required++;
        }
        String shortName = fnName.contains(".") ? fnName.substring(fnName.lastIndexOf('.') + 1) : fnName;
        if (nkw > 0 && nparams <= 1) {
            throw PyErrors.typeError(shortName + "() takes no keyword arguments");
        }
        if (npos >= required && npos <= nparams) {
            return;
        }
        if (nparams == 0) {
            throw PyErrors.typeError(shortName + "() takes no arguments (" + npos + " given)");
        }
        if (nparams == 1 && required == 1) {
            throw PyErrors.typeError(shortName + "() takes exactly one argument (" + npos + " given)");
        }
        String what;
        if (required == nparams) {
            what = "expected " + nparams + " argument" + (nparams == 1 ? "" : "s");
        } else if (npos < required) {
            what = "expected at least " + required + " argument" + (required == 1 ? "" : "s");
        } else {
            what = "expected at most " + nparams + " argument" + (nparams == 1 ? "" : "s");
        }
        throw PyErrors.typeError(shortName + " " + what + ", got " + npos);
    }

    private static PyException missingError(String fnName, String kind, List<String> missing) {
        StringBuilder sb = new StringBuilder();
        sb.append(fnName).append("() missing ").append(missing.size()).append(" required ").append(kind).append(" argument");
        if (missing.size() > 1) {
            sb.append('s');
        }
        sb.append(": ");
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                sb.append(missing.size() == 2 ? " and " : (i == missing.size() - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PyErrors.typeError(sb.toString());
    }

    private static PyException tooManyPositional(String fnName, Signature sig, Object[] defaults, boolean[] optional, int given,
                    Object[] args, String[] kwNames) {
        int nparams = sig.positional.length;
        int ndef = defaults == null ? 0 : defaults.length;
        if (optional != null) {
            for (int i = 0; i < nparams; i++) {
                if (optional[i]) {
                    ndef = nparams - i;
                    break;
                }
            }
        }
        int kwonlyGiven = 0;
        for (String k : kwNames) {
            for (String ko : sig.kwOnly) {
                if (ko.equals(k)) {
                    kwonlyGiven++;
                }
            }
        }
        String takes;
        if (ndef > 0) {
            takes = "from " + (nparams - ndef) + " to " + nparams + " positional arguments";
        } else {
            takes = nparams + " positional argument" + (nparams == 1 ? "" : "s");
        }
        String givenStr;
        if (kwonlyGiven > 0) {
            givenStr = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven +
                            " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            givenStr = given + (given == 1 ? " was given" : " were given");
        }
        return PyErrors.typeError(fnName + "() takes " + takes + " but " + givenStr);
    }
}
