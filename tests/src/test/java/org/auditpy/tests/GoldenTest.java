package org.auditpy.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus: every {@code NAME.py} with a sibling {@code NAME.out} under
 * {@code tests/src/test/resources/golden/**} runs as {@code <repo>/auditpy NAME.py} in its folder; stdout must equal
 * NAME.out, stderr NAME.err (absolute folder path replaced by {@code $DIR}; absent = empty), the exit status
 * NAME.rc (absent = 0). Programs run two at a time; {@code -Dgolden.filter=SUBSTRING} selects tests; names in
 * tests/known-failures.txt are reported as skipped.
 */
public class GoldenTest {
    static final long TIMEOUT_SECONDS = 60;
    private static ExecutorService pool;

    static Path goldenRoot() {
        return Support.root().resolve("tests/src/test/resources/golden");
    }

    /** The test's name: its path under golden/ without ".py", e.g. "basics/arith". */
    static String name(Path py) {
        String rel = goldenRoot().relativize(py).toString().replace('\\', '/');
        return rel.substring(0, rel.length() - 3);
    }

    static List<Path> findTests() throws IOException {
        Path root = goldenRoot();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        String filter = System.getProperty("golden.filter", "");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".py")).filter(p -> {
                String f = p.getFileName().toString();
                return Files.exists(p.resolveSibling(f.substring(0, f.length() - 3) + ".out"));
            }).filter(p -> name(p).contains(filter)).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        List<Path> tests = findTests();
        Assumptions.assumeFalse(tests.isEmpty(), "no golden tests found under " + goldenRoot());
        pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "golden");
            t.setDaemon(true);
            return t;
        });
        List<DynamicTest> result = new ArrayList<>();
        for (Path py : tests) {
            String name = name(py);
            boolean known = Support.knownFailures().contains(name);
            Future<Support.Result> run = known ? null : pool.submit(() -> runOne(py));
            result.add(DynamicTest.dynamicTest(name, py.toUri(), () -> {
                Assumptions.assumeFalse(known, "known failure (tests/known-failures.txt)");
                try {
                    check(py, run.get());
                } catch (Throwable t) {
                    Support.recordFailure(name);
                    throw t;
                }
            }));
        }
        return result.stream();
    }

    @AfterAll
    static void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    static Support.Result runOne(Path py) throws Exception {
        Path dir = py.getParent();
        String base = py.getFileName().toString();
        Path in = dir.resolve(base.substring(0, base.length() - 3) + ".in");
        return Support.run(List.of(Support.script().toString(), base), dir, Files.exists(in) ? in : null, TIMEOUT_SECONDS);
    }

    static void check(Path py, Support.Result r) throws IOException {
        Path dir = py.getParent();
        String base = py.getFileName().toString();
        base = base.substring(0, base.length() - 3);
        String problems = Support.differencesFromRecorded(dir, base, r, TIMEOUT_SECONDS);
        if (!problems.isEmpty()) {
            fail(name(py) + ":\n" + problems);
        }
    }
}
