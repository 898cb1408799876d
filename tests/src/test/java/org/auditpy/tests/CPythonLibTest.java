package org.auditpy.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs that import pure-Python modules of the installed CPython 3.11's own Lib directory, modules auditpy does
 * not ship (shlex, html, ipaddress, configparser, difflib, urllib.parse over auditpy's re), and json and enum, which
 * it ships (its own copies come first on sys.path), against CPython's: each {@code src/test/resources/cpython-lib/NAME.py} runs with that directory as its first argument
 * (the program appends it to {@code sys.path}), once with python3 and once with ./auditpy; exit status and stdout
 * must be equal. CPython's library code exercises the object model (metaclass {@code __prepare__}, {@code __class__}
 * cells, descriptors, {@code type.__setattr__}) as real programs do. Skipped, visibly, where no CPython 3.11 is found
 * (the same search as {@link AuditConformanceTest}).
 */
public class CPythonLibTest {
    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        String python = null;
        String lib = null;
        for (String candidate : AuditConformanceTest.candidates()) {
            try {
                Support.Result where = Support.run(List.of(candidate, "-c",
                                "import sys, os, enum; print(sys.executable); print(sys.version_info[:2] == (3, 11)); print(os.path.dirname(enum.__file__))"),
                                Support.root(), null, 60);
                String[] lines = where.stdout().strip().split("\n");
                if (where.status() == 0 && lines.length == 3 && lines[1].strip().equals("True")) {
                    python = lines[0].strip();
                    lib = lines[2].strip();
                    break;
                }
            } catch (java.io.IOException e) {
                // not installed: try the next
            }
        }
        if (python == null) {
            System.err.println("CPythonLibTest: no CPython 3.11 found (tried " + AuditConformanceTest.candidates() + "): skipped");
        }
        Assumptions.assumeTrue(python != null, "no CPython 3.11: programs using its Lib skipped");
        Path dir = Support.root().resolve("tests/src/test/resources/cpython-lib");
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().forEach(programs::add);
        }
        String cpython = python;
        String libDir = lib;
        List<DynamicTest> result = new ArrayList<>();
        for (Path program : programs) {
            String name = "cpython-lib/" + program.getFileName();
            boolean known = Support.knownFailures().contains(name);
            result.add(DynamicTest.dynamicTest(name, () -> {
                Assumptions.assumeFalse(known, "known failure (tests/known-failures.txt)");
                try {
                    Support.Result expected = Support.run(List.of(cpython, program.toString(), libDir), dir, null, 120);
                    Support.Result actual = Support.run(List.of(Support.script().toString(), program.toString(), libDir), dir, null, 120);
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
