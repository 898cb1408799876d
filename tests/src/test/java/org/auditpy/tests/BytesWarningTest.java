package org.auditpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code -b} and {@code -bb}: the BytesWarning of str() of bytes and bytearray, of {@code ==}/{@code !=} of bytes
 * with a str or an int and of a bytearray with a str (also inside dict and set lookups), shown once per location
 * with {@code -b}, raised with {@code -bb}; {@code sys.flags.bytes_warning}, the filter at the end of
 * {@code sys.warnoptions} and at the front of {@code warnings.filters}; nothing without the flag, even with
 * {@code -W error::BytesWarning}. The command lines are tests/src/test/resources/cli/bytes-warning/cases.txt; their
 * expected stdout, stderr and status were recorded from python3 3.11.7 by record.py there.
 */
public class BytesWarningTest {
    @Test
    void bytesWarningOptions() throws Exception {
        Path dir = Support.root().resolve("tests/src/test/resources/cli/bytes-warning");
        StringBuilder failures = new StringBuilder();
        for (String line : Files.readAllLines(dir.resolve("cases.txt"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\\|");
            List<String> command = new ArrayList<>(List.of(Support.script().toString()));
            for (int k = 1; k < fields.length; k++) {
                command.add(fields[k].startsWith("@") ? Support.read(dir.resolve(fields[k].substring(1))) : fields[k]);
            }
            Support.Result r = Support.run(command, dir, null, 300);
            String name = fields[0];
            String where = dir.toAbsolutePath().toString();
            check(failures, name + " stdout", Support.read(dir.resolve(name + ".out")), r.stdout().replace(where, "@DIR@"));
            check(failures, name + " stderr", Support.read(dir.resolve(name + ".err")), r.stderr().replace(where, "@DIR@"));
            check(failures, name + " status", Support.read(dir.resolve(name + ".status")).trim(), Integer.toString(r.status()));
        }
        assertEquals("", failures.toString());
    }

    private static void check(StringBuilder failures, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.append(what).append(":\n--- expected (python3)\n").append(expected).append("\n--- auditpy\n").append(actual).append('\n');
        }
    }
}
