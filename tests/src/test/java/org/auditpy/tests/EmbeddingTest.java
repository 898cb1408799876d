package org.auditpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** auditpy embedded through the polyglot API, in this JVM (on the class path: the interpreter-only runtime). */
public class EmbeddingTest {
    static Context.Builder builder() {
        return Context.newBuilder("auditpy").option("auditpy.Stdlib", Support.root().resolve("stdlib-shims/src/main/python").toString());
    }

    /** Runs a check unless it is listed in tests/known-failures.txt; records it when it fails. */
    static void check(String name, Executable body) throws Throwable {
        Assumptions.assumeFalse(Support.knownFailures().contains(name), "known failure (tests/known-failures.txt)");
        try {
            body.execute();
        } catch (Throwable t) {
            Support.recordFailure(name);
            throw t;
        }
    }

    @Test
    void languageIsRegistered() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            assertTrue(engine.getLanguages().containsKey("auditpy"));
            assertEquals("text/x-python", engine.getLanguages().get("auditpy").getDefaultMimeType());
            assertTrue(engine.getLanguages().get("auditpy").getOptions().get("auditpy.Audit") != null, "option auditpy.Audit");
            assertTrue(engine.getLanguages().get("auditpy").getOptions().get("auditpy.AuditLog") != null, "option auditpy.AuditLog");
        }
    }

    @Test
    void evalExpression() throws Throwable {
        check("embedding/eval_expression", () -> {
            try (Context context = builder().build()) {
                assertEquals(3, context.eval("auditpy", "1+2").asInt());
                context.eval("auditpy", "x = 20\ndef f(y):\n    return x + y\n");
                assertEquals(22, context.eval("auditpy", "f(2)").asInt());
                assertEquals("abc", context.eval("auditpy", "'a' + 'bc'").asString());
            }
        });
    }

    @Test
    void auditLogOption(@org.junit.jupiter.api.io.TempDir Path tmp) throws Throwable {
        check("embedding/audit_log", () -> {
            Path log = tmp.resolve("events.jsonl");
            try (Context context = builder().option("auditpy.AuditLog", log.toString()).build()) {
                context.eval("auditpy", "import sys\nsys.audit('embedding.test', 1, 'two')\n");
            }
            String text = Files.readString(log);
            assertTrue(text.contains("embedding.test"), () -> "audit log: " + text);
        });
    }

    @Test
    void auditHookFromPython() throws Throwable {
        check("embedding/audit_hook", () -> {
            try (Context context = builder().build()) {
                context.eval("auditpy", "import sys\nseen = []\nsys.addaudithook(lambda e, a: seen.append((e, a)) if e.startswith('x.') else None)\n"
                                + "sys.audit('x.y', 42)\n");
                assertEquals("[('x.y', (42,))]", context.eval("auditpy", "repr(seen)").asString());
            }
        });
    }

    /**
     * An embedder's own thread (here a 2 MB stack) keeps its stack size; recursion past what it holds is still a
     * Python RecursionError, catchable in Python and a guest exception to the host, never a StackOverflowError.
     */
    @Test
    void stackOverflowOnEmbedderThreadIsRecursionError() throws Throwable {
        check("embedding/stack_overflow", () -> {
            Throwable[] failure = {null};
            Thread t = new Thread(null, () -> {
                try (Context context = builder().build()) {
                    context.eval("auditpy", "import sys\nsys.setrecursionlimit(10**7)\n"
                                    + "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n"
                                    + "def caught():\n    try:\n        f(10**6)\n    except RecursionError as e:\n        return 'caught ' + str(e)\n");
                    assertEquals("caught maximum recursion depth exceeded", context.eval("auditpy", "caught()").asString());
                    org.graalvm.polyglot.PolyglotException e = org.junit.jupiter.api.Assertions.assertThrows(
                                    org.graalvm.polyglot.PolyglotException.class, () -> context.eval("auditpy", "f(10**6)"));
                    assertTrue(e.isGuestException() && !e.isInternalError(), () -> "guest exception: " + e);
                    assertTrue(e.getMessage().startsWith("RecursionError"), () -> "message: " + e.getMessage());
                    // and the context still works at the same depth as before
                    assertEquals(500, context.eval("auditpy", "f(500)").asInt());
                } catch (Throwable x) {
                    failure[0] = x;
                }
            }, "embedder", 2L << 20);
            t.start();
            t.join();
            if (failure[0] != null) {
                throw failure[0];
            }
        });
    }

    // Java host hooks (org.auditpy.audit.AuditPyEmbedding) are tested in org.auditpy.audit.HostHookTest.
}
