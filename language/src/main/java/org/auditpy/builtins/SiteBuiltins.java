package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * The builtins that CPython's {@code site} module adds at start-up (Lib/site.py {@code setquit}, and
 * Lib/_sitebuiltins.py): {@code exit} and {@code quit}, instances of {@code _sitebuiltins.Quitter} with the
 * instance attributes {@code name} and {@code eof}. Calling one closes {@code sys.stdin} (ignoring any error) and
 * raises {@code SystemExit(code)}; its repr tells how to leave the interpreter. Not installed with {@code -S}.
 */
public final class SiteBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SiteBuiltinsFactory.getFactories();
    }

    /** What ends input at a POSIX terminal, as site.setquit words it. */
    private static final String EOF = "Ctrl-D (i.e. EOF)";

    /**
     * Puts {@code exit} and {@code quit} into the builtins namespace {@code builtins}: instances of a
     * {@code _sitebuiltins.Quitter} class made for this context.
     */
    @TruffleBoundary
    public static void install(PythonContext ctx, PyDict builtins) {
        PyType quitter = new PyType(ctx.types().type, "Quitter", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict),
                        false, PyType.Layout.OBJECT, true);
        quitter.computeMro(ctx.types().object);
        BuiltinsInstaller.deferInit(() -> {
            BuiltinsInstaller.install(ctx, quitter.getDict(), new SiteBuiltins(), "Quitter", true);
            quitter.getDict().setStr("__module__", "_sitebuiltins");
        }, quitter);
        for (String name : new String[]{"quit", "exit"}) {
            PythonObject q = new PythonObject(quitter);
            q.setAttribute("name", name);
            q.setAttribute("eof", EOF);
            builtins.setStr(name, q);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return "Use " + PyOps.str(PyOps.getAttribute(self, "name")) + "() or " + PyOps.str(PyOps.getAttribute(self, "eof"))
                            + " to exit";
        }
    }

    @Builtin(name = "__call__", params = {"self", "code="})
    @GenerateNodeFactory
    abstract static class CallNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object call(Object self, Object code) {
            // shells that catch SystemExit still notice their stdin closing (as _sitebuiltins.Quitter)
            try {
                Object stdin = PythonContext.get().getSys().getDict().getStr("stdin");
                if (stdin != null) {
                    PyOps.callMethod(stdin, "close");
                }
            } catch (PyException ignored) {
                // as the bare except of Quitter.__call__
            }
            Object c = code == PyNone.NO_VALUE ? PyNone.NONE : code;
            throw PyErrors.raise(PythonContext.get().types().exception("SystemExit"), c);
        }
    }
}
