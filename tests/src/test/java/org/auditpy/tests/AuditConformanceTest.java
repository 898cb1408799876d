package org.auditpy.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CPython's own Lib/test/audit-tests.py, run as Lib/test/test_audit.py does ({@code [python, "-X utf8",
 * audit-tests.py, testname]}, "-X utf8" being one argument), once with python3 and once with ./auditpy: the exit
 * status and stdout (the events printed) must be equal. The expected output is always produced live by CPython.
 * Skipped, visibly, where python3 or its test package is missing.
 */
public class AuditConformanceTest {
    static final String[] TESTS = {"test_basic", "test_block_add_hook", "test_block_add_hook_baseexception", "test_monkeypatch",
                    "test_open", "test_cantrace", "test_excepthook", "test_sys_getframe", "test_marshal", "test_pickle", "test_gc", "test_not_in_gc", "test_unraisablehook", "test_mmap", "test_syslog", "test_socket", "test_http_client",
                    "test_sqlite3"};

    /**
     * The CPythons to take the tests from, first that has them: python3 on PATH (a distribution's python3 may lack
     * its test package's audit-tests.py, Debian's does), python3.11, then pyenv's 3.11 installations.
     */
    static List<String> candidates() {
        List<String> c = new ArrayList<>(List.of("python3", "python3.11"));
        String pyenvRoot = System.getenv("PYENV_ROOT");
        Path versions = Paths.get(pyenvRoot != null ? pyenvRoot : System.getProperty("user.home") + "/.pyenv", "versions");
        try (Stream<Path> dirs = Files.exists(versions) ? Files.list(versions) : Stream.empty()) {
            dirs.filter(d -> d.getFileName().toString().startsWith("3.11")).sorted().forEach(d -> c.add(d.resolve("bin/python3").toString()));
        } catch (java.io.IOException e) {
            // no pyenv
        }
        return c;
    }

    @TestFactory
    Stream<DynamicTest> auditTests() throws Exception {
        String python = null;
        Path auditTests = null;
        for (String candidate : candidates()) {
            try {
                Support.Result where = Support.run(List.of(candidate, "-c", "import sys, test, os; print(sys.executable); print(os.path.dirname(test.__file__))"),
                                Support.root(), null, 60);
                String[] lines = where.stdout().strip().split("\n");
                if (where.status() == 0 && lines.length == 2 && Files.exists(Paths.get(lines[1].strip(), "audit-tests.py"))) {
                    python = lines[0].strip();
                    auditTests = Paths.get(lines[1].strip(), "audit-tests.py");
                    break;
                }
            } catch (java.io.IOException e) {
                // not installed: try the next
            }
        }
        if (python == null) {
            System.err.println("AuditConformanceTest: no CPython 3.11 with Lib/test/audit-tests.py found (tried " + candidates() + "): skipped");
        }
        Assumptions.assumeTrue(python != null, "no CPython 3.11 with Lib/test/audit-tests.py: CPython conformance skipped");
        String cpython = python;
        String script = auditTests.toString();
        List<DynamicTest> result = new ArrayList<>();
        for (String test : TESTS) {
            String name = "audit-tests/" + test;
            boolean known = Support.knownFailures().contains(name);
            result.add(DynamicTest.dynamicTest(name, () -> {
                Assumptions.assumeFalse(known, "known failure (tests/known-failures.txt)");
                try {
                    Support.Result expected = Support.run(List.of(cpython, "-X utf8", script, test), Support.root(), null, 120);
                    Support.Result actual = Support.run(List.of(Support.script().toString(), "-X utf8", script, test), Support.root(), null, 120);
                    Support.assertSameAsCPython(name, expected, actual);
                } catch (Throwable t) {
                    Support.recordFailure(name);
                    throw t;
                }
            }));
        }
        return result.stream();
    }
}
