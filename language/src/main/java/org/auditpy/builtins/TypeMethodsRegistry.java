package org.auditpy.builtins;

import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/**
 * Installs the methods of the builtin types (int, str, list, dict, ...) into their namespaces, each on the first
 * use of its type (a program that never touches bytearray does not pay for its methods at start-up).
 */
public final class TypeMethodsRegistry {
    private TypeMethodsRegistry() {
    }

    public static void installAll(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        BuiltinsInstaller.installLazily(ctx, t.intType, new IntBuiltins(), "int");
        BuiltinsInstaller.installLazily(ctx, t.generator, new GeneratorBuiltins(), "generator");
        BuiltinsInstaller.installLazily(ctx, t.bool, new BoolBuiltins(), "bool");
        BuiltinsInstaller.installLazily(ctx, t.floatType, new FloatBuiltins(), "float");
        BuiltinsInstaller.installLazily(ctx, t.str, new StrBuiltins(), "str");
        BuiltinsInstaller.installLazily(ctx, t.bytes, new BytesBuiltins(), "bytes");
        BuiltinsInstaller.installLazily(ctx, t.bytearray, new BytesBuiltins(), "bytearray");
        BuiltinsInstaller.installLazily(ctx, t.bytearray, new ByteArrayBuiltins(), "bytearray");
        BuiltinsInstaller.installLazily(ctx, t.list, new ListBuiltins(), "list");
        BuiltinsInstaller.installLazily(ctx, t.tuple, new TupleBuiltins(), "tuple");
        BuiltinsInstaller.installLazily(ctx, t.dict, new DictBuiltins(), "dict");
        for (PyType v : new PyType[]{t.dictKeys, t.dictValues, t.dictItems}) {
            BuiltinsInstaller.installLazily(ctx, v, new DictViewBuiltins(), v.getName());
        }
        BuiltinsInstaller.installLazily(ctx, t.set, new SetBuiltins(), "set");
        BuiltinsInstaller.installLazily(ctx, t.set, new SetMutBuiltins(), "set");
        BuiltinsInstaller.installLazily(ctx, t.frozenset, new SetBuiltins(), "frozenset");
        BuiltinsInstaller.installLazily(ctx, t.frozenset, new FrozenSetBuiltins(), "frozenset");
        BuiltinsInstaller.installLazily(ctx, t.complex, new ComplexBuiltins(), "complex");
        for (PyType it : new PyType[]{t.iterator, t.listIterator, t.tupleIterator, t.strIterator, t.rangeIterator, t.longrangeIterator, t.bytesIterator, t.bytearrayIterator, t.listReverseIterator, t.dictKeyIterator,
                        t.dictValueIterator, t.dictItemIterator, t.setIterator, t.callableIterator}) {
            BuiltinsInstaller.installLazily(ctx, it, new IteratorBuiltins(), it.getName());
            if (it != t.callableIterator) {
                BuiltinsInstaller.installLazily(ctx, it, new IteratorLengthHintBuiltins(), it.getName());
            }
        }
    }
}
