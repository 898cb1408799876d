package org.auditpy.builtins;

import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/** Installs the methods of the builtin types (int, str, list, dict, ...) into their namespaces. */
public final class TypeMethodsRegistry {
    private TypeMethodsRegistry() {
    }

    public static void installAll(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        BuiltinsInstaller.install(ctx, t.intType.getDict(), new IntBuiltins(), "int", true);
        BuiltinsInstaller.install(ctx, t.generator.getDict(), new GeneratorBuiltins(), "generator", true);
        BuiltinsInstaller.install(ctx, t.bool.getDict(), new BoolBuiltins(), "bool", true);
        BuiltinsInstaller.install(ctx, t.floatType.getDict(), new FloatBuiltins(), "float", true);
        BuiltinsInstaller.install(ctx, t.str.getDict(), new StrBuiltins(), "str", true);
        BuiltinsInstaller.install(ctx, t.bytes.getDict(), new BytesBuiltins(), "bytes", true);
        BuiltinsInstaller.install(ctx, t.bytearray.getDict(), new BytesBuiltins(), "bytearray", true);
        BuiltinsInstaller.install(ctx, t.bytearray.getDict(), new ByteArrayBuiltins(), "bytearray", true);
        BuiltinsInstaller.install(ctx, t.list.getDict(), new ListBuiltins(), "list", true);
        BuiltinsInstaller.install(ctx, t.tuple.getDict(), new TupleBuiltins(), "tuple", true);
        BuiltinsInstaller.install(ctx, t.dict.getDict(), new DictBuiltins(), "dict", true);
        for (PyType v : new PyType[]{t.dictKeys, t.dictValues, t.dictItems}) {
            BuiltinsInstaller.install(ctx, v.getDict(), new DictViewBuiltins(), v.getName(), true);
        }
        BuiltinsInstaller.install(ctx, t.set.getDict(), new SetBuiltins(), "set", true);
        BuiltinsInstaller.install(ctx, t.set.getDict(), new SetMutBuiltins(), "set", true);
        BuiltinsInstaller.install(ctx, t.frozenset.getDict(), new SetBuiltins(), "frozenset", true);
        BuiltinsInstaller.install(ctx, t.frozenset.getDict(), new FrozenSetBuiltins(), "frozenset", true);
        for (PyType it : new PyType[]{t.iterator, t.listIterator, t.tupleIterator, t.strIterator, t.rangeIterator, t.bytesIterator, t.bytearrayIterator, t.listReverseIterator, t.dictKeyIterator,
                        t.dictValueIterator, t.dictItemIterator, t.callableIterator}) {
            BuiltinsInstaller.install(ctx, it.getDict(), new IteratorBuiltins(), it.getName(), true);
        }
    }
}
