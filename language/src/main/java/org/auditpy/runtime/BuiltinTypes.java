package org.auditpy.runtime;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The builtin type objects of one context ({@code object}, {@code type}, {@code int}, ..., and the builtin
 * exception hierarchy of Objects/exceptions.c). Their methods are installed afterwards by the builtins
 * containers ({@code org.auditpy.builtins}).
 */
public final class BuiltinTypes {
    public final PyType type;
    public final PyType object;
    public final PyType intType;
    public final PyType bool;
    public final PyType floatType;
    public final PyType str;
    public final PyType bytes;
    public final PyType bytearray;
    public final PyType tuple;
    public final PyType list;
    public final PyType dict;
    public final PyType set;
    public final PyType frozenset;
    /** {@code complex}: the name and type exist (isinstance checks, annotations); no complex number can be made yet. */
    public final PyType complex;
    public final PyType noneType;
    public final PyType notImplementedType;
    public final PyType ellipsisType;
    public final PyType function;
    public final PyType builtinFunction;
    public final PyType method;
    public final PyType builtinMethod;
    public final PyType module;
    public final PyType code;
    public final PyType frame;
    public final PyType traceback;
    public final PyType cell;
    public final PyType generator;
    public final PyType range;
    public final PyType slice;
    public final PyType memoryview;
    public final PyType property;
    public final PyType staticmethod;
    public final PyType classmethod;
    public final PyType superType;
    public final PyType getsetDescriptor;
    public final PyType mappingproxy;
    public final PyType iterator;
    public final PyType listIterator;
    public final PyType tupleIterator;
    public final PyType strIterator;
    public final PyType rangeIterator;
    public final PyType longrangeIterator;
    public final PyType bytesIterator;
    public final PyType listReverseIterator;
    public final PyType bytearrayIterator;
    public final PyType dictKeyIterator;
    public final PyType dictValueIterator;
    public final PyType dictItemIterator;
    public final PyType setIterator;
    public final PyType dictKeys;
    public final PyType dictValues;
    public final PyType dictItems;
    public final PyType callableIterator;
    public final PyType enumerate;
    public final PyType zip;
    public final PyType map;
    public final PyType filter;
    public final PyType reversed;
    public final PyType baseException;

    private final Map<String, PyType> exceptions = new HashMap<>();
    private final Map<String, PyType> byName = new HashMap<>();

    /** Creates all builtin types with their MROs; namespaces are filled later. */
    public BuiltinTypes() {
        object = new PyType(null, "object", new PyType[0], new PyDict(null), false, PyType.Layout.OBJECT, false);
        type = new PyType(null, "type", new PyType[]{object}, new PyDict(null), false, PyType.Layout.TYPE, true);
        object.setPythonClass(type);
        type.setPythonClass(type);
        object.computeMro(object);
        type.computeMro(object);
        PyType dictTmp = make("dict", PyType.Layout.DICT, object, false);
        // namespaces made before 'dict' existed get their class now
        object.getDict().setPythonClass(dictTmp);
        type.getDict().setPythonClass(dictTmp);
        dictTmp.getDict().setPythonClass(dictTmp);
        dict = dictTmp;
        byName.put("object", object);
        byName.put("type", type);
        intType = make("int", PyType.Layout.INT, object, false);
        bool = make("bool", PyType.Layout.BOOL, intType, false);
        floatType = make("float", PyType.Layout.FLOAT, object, false);
        str = make("str", PyType.Layout.STR, object, false);
        bytes = make("bytes", PyType.Layout.BYTES, object, false);
        bytearray = make("bytearray", PyType.Layout.BYTEARRAY, object, false);
        tuple = make("tuple", PyType.Layout.TUPLE, object, false);
        list = make("list", PyType.Layout.LIST, object, false);
        set = make("set", PyType.Layout.SET, object, false);
        frozenset = make("frozenset", PyType.Layout.FROZENSET, object, false);
        complex = make("complex", PyType.Layout.OTHER, object, true);
        noneType = make("NoneType", PyType.Layout.OTHER, object, false);
        notImplementedType = make("NotImplementedType", PyType.Layout.OTHER, object, false);
        ellipsisType = make("ellipsis", PyType.Layout.OTHER, object, false);
        function = make("function", PyType.Layout.FUNCTION, object, true);
        builtinFunction = make("builtin_function_or_method", PyType.Layout.OTHER, object, false);
        method = make("method", PyType.Layout.OTHER, object, false);
        builtinMethod = builtinFunction;
        module = make("module", PyType.Layout.OTHER, object, true);
        code = make("code", PyType.Layout.OTHER, object, false);
        frame = make("frame", PyType.Layout.OTHER, object, false);
        traceback = make("traceback", PyType.Layout.OTHER, object, false);
        cell = make("cell", PyType.Layout.OTHER, object, false);
        generator = make("generator", PyType.Layout.OTHER, object, false);
        range = make("range", PyType.Layout.OTHER, object, false);
        slice = make("slice", PyType.Layout.OTHER, object, false);
        memoryview = make("memoryview", PyType.Layout.OTHER, object, false);
        property = make("property", PyType.Layout.OTHER, object, false);
        staticmethod = make("staticmethod", PyType.Layout.OTHER, object, true);
        classmethod = make("classmethod", PyType.Layout.OTHER, object, true);
        superType = make("super", PyType.Layout.OTHER, object, false);
        getsetDescriptor = make("getset_descriptor", PyType.Layout.OTHER, object, false);
        mappingproxy = make("mappingproxy", PyType.Layout.OTHER, object, false);
        iterator = make("iterator", PyType.Layout.OTHER, object, false);
        listIterator = make("list_iterator", PyType.Layout.OTHER, object, false);
        tupleIterator = make("tuple_iterator", PyType.Layout.OTHER, object, false);
        strIterator = make("str_ascii_iterator", PyType.Layout.OTHER, object, false);
        rangeIterator = make("range_iterator", PyType.Layout.OTHER, object, false);
        longrangeIterator = make("longrange_iterator", PyType.Layout.OTHER, object, false);
        bytesIterator = make("bytes_iterator", PyType.Layout.OTHER, object, false);
        listReverseIterator = make("list_reverseiterator", PyType.Layout.OTHER, object, false);
        bytearrayIterator = make("bytearray_iterator", PyType.Layout.OTHER, object, false);
        dictKeyIterator = make("dict_keyiterator", PyType.Layout.OTHER, object, false);
        dictValueIterator = make("dict_valueiterator", PyType.Layout.OTHER, object, false);
        dictItemIterator = make("dict_itemiterator", PyType.Layout.OTHER, object, false);
        setIterator = make("set_iterator", PyType.Layout.OTHER, object, false);
        dictKeys = make("dict_keys", PyType.Layout.OTHER, object, false);
        dictValues = make("dict_values", PyType.Layout.OTHER, object, false);
        dictItems = make("dict_items", PyType.Layout.OTHER, object, false);
        callableIterator = make("callable_iterator", PyType.Layout.OTHER, object, false);
        enumerate = make("enumerate", PyType.Layout.OTHER, object, false);
        zip = make("zip", PyType.Layout.OTHER, object, false);
        map = make("map", PyType.Layout.OTHER, object, false);
        filter = make("filter", PyType.Layout.OTHER, object, false);
        reversed = make("reversed", PyType.Layout.OTHER, object, false);
        baseException = makeExceptions();
    }

    private PyType make(String name, PyType.Layout layout, PyType base, boolean instDict) {
        PyType t = new PyType(type, name, new PyType[]{base}, new PyDict(dict), false, layout, instDict);
        t.computeMro(object);
        t.getDict().setStr("__module__", "builtins");
        byName.put(name, t);
        return t;
    }

    /** The hierarchy of Objects/exceptions.c (3.11), as (name, base) pairs in definition order. */
    private static final String[][] EXCEPTION_TREE = {
        {"BaseException", null}, {"SystemExit", "BaseException"}, {"KeyboardInterrupt", "BaseException"},
        {"GeneratorExit", "BaseException"}, {"Exception", "BaseException"}, {"StopIteration", "Exception"},
        {"StopAsyncIteration", "Exception"}, {"ArithmeticError", "Exception"}, {"FloatingPointError", "ArithmeticError"},
        {"OverflowError", "ArithmeticError"}, {"ZeroDivisionError", "ArithmeticError"}, {"AssertionError", "Exception"},
        {"AttributeError", "Exception"}, {"BufferError", "Exception"}, {"EOFError", "Exception"},
        {"ImportError", "Exception"}, {"ModuleNotFoundError", "ImportError"}, {"LookupError", "Exception"},
        {"IndexError", "LookupError"}, {"KeyError", "LookupError"}, {"MemoryError", "Exception"},
        {"NameError", "Exception"}, {"UnboundLocalError", "NameError"}, {"OSError", "Exception"},
        {"BlockingIOError", "OSError"}, {"ChildProcessError", "OSError"}, {"ConnectionError", "OSError"},
        {"BrokenPipeError", "ConnectionError"}, {"ConnectionAbortedError", "ConnectionError"},
        {"ConnectionRefusedError", "ConnectionError"}, {"ConnectionResetError", "ConnectionError"},
        {"FileExistsError", "OSError"}, {"FileNotFoundError", "OSError"}, {"InterruptedError", "OSError"},
        {"IsADirectoryError", "OSError"}, {"NotADirectoryError", "OSError"}, {"PermissionError", "OSError"},
        {"ProcessLookupError", "OSError"}, {"TimeoutError", "OSError"}, {"ReferenceError", "Exception"},
        {"RuntimeError", "Exception"}, {"NotImplementedError", "RuntimeError"}, {"RecursionError", "RuntimeError"},
        {"SyntaxError", "Exception"}, {"IndentationError", "SyntaxError"}, {"TabError", "IndentationError"},
        {"SystemError", "Exception"}, {"TypeError", "Exception"}, {"ValueError", "Exception"},
        {"UnicodeError", "ValueError"}, {"UnicodeDecodeError", "UnicodeError"}, {"UnicodeEncodeError", "UnicodeError"},
        {"UnicodeTranslateError", "UnicodeError"}, {"Warning", "Exception"}, {"DeprecationWarning", "Warning"},
        {"PendingDeprecationWarning", "Warning"}, {"RuntimeWarning", "Warning"}, {"SyntaxWarning", "Warning"},
        {"UserWarning", "Warning"}, {"FutureWarning", "Warning"}, {"ImportWarning", "Warning"},
        {"UnicodeWarning", "Warning"}, {"BytesWarning", "Warning"}, {"ResourceWarning", "Warning"},
        {"EncodingWarning", "Warning"},
    };

    private PyType makeExceptions() {
        PyType root = null;
        for (String[] e : EXCEPTION_TREE) {
            PyType base = e[1] == null ? object : exceptions.get(e[1]);
            PyType t = new PyType(type, e[0], new PyType[]{base}, new PyDict(dict), false, PyType.Layout.EXCEPTION, true);
            t.computeMro(object);
            t.getDict().setStr("__module__", "builtins");
            exceptions.put(e[0], t);
            byName.put(e[0], t);
            if (root == null) {
                root = t;
            }
            if (e[0].equals("BaseException")) {
                // Objects/exceptions.c: BaseExceptionGroup(BaseException); ExceptionGroup(BaseExceptionGroup, Exception)
                // is made by _PyExc_InitTypes once Exception exists
                PyType beg = new PyType(type, "BaseExceptionGroup", new PyType[]{t}, new PyDict(dict), false, PyType.Layout.EXCEPTION, true);
                beg.computeMro(object);
                beg.getDict().setStr("__module__", "builtins");
                exceptions.put("BaseExceptionGroup", beg);
                byName.put("BaseExceptionGroup", beg);
            } else if (e[0].equals("Exception")) {
                PyType eg = new PyType(type, "ExceptionGroup", new PyType[]{exceptions.get("BaseExceptionGroup"), t}, new PyDict(dict), false,
                                PyType.Layout.EXCEPTION, true);
                eg.computeMro(object);
                eg.getDict().setStr("__module__", "builtins");
                eg.getDict().setStr("__doc__", PyNone.NONE);
                exceptions.put("ExceptionGroup", eg);
                byName.put("ExceptionGroup", eg);
            }
        }
        return root;
    }

    /** The builtin exception type named {@code name}. */
    @TruffleBoundary
    public PyType exception(String name) {
        PyType t = exceptions.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no builtin exception " + name);
        }
        return t;
    }

    /** All builtin exception types by name (for the builtins module). */
    public Map<String, PyType> exceptions() {
        return exceptions;
    }

    /** A builtin type by name, or null. */
    @TruffleBoundary
    public PyType byName(String name) {
        return byName.get(name);
    }

    /** All builtin types by name. */
    public Map<String, PyType> all() {
        return byName;
    }
}
