package org.auditpy.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events that CPython raises only when stdin and stdout are terminals: {@code builtins.input/result} (input()'s
 * readline path). Both interpreters run under {@code script(1)}, which gives them a pseudo-terminal and feeds it
 * the input file; a golden test cannot do this (its stdin is a file, where only {@code builtins.input} fires).
 */
public class TtyEventsTest {
    static final String PROGRAM = "import sys\n"
                    + "def hook(e, a):\n    if e.startswith('builtins.input'):\n        print('[', e, a, ']')\n"
                    + "sys.addaudithook(hook)\n"
                    + "print('tty', sys.stdin.isatty(), sys.stdout.isatty())\n"
                    + "x = input('p> ')\nprint('got', repr(x))\n"
                    + "y = input()\nprint('got', repr(y))\n";

    /** The program's lines under a pseudo-terminal, without the terminal's echo of the input. */
    static List<String> underPty(Path dir, String interpreter) throws IOException, InterruptedException {
        HostHookTest.Result r = HostHookTest.run(dir, null, dir.resolve("input.txt").toFile(), "script", "-qec",
                        interpreter + " prog.py", "/dev/null");
        assertEquals(0, r.status(), r.stderr());
        return r.stdout().replace("\r\n", "\n").lines().filter(l -> !l.equals("hello") && !l.equals("second")).toList();
    }

    @Test
    void inputResultOnlyOnTerminals(@TempDir Path tmp) throws Throwable {
        Assumptions.assumeTrue(new File("/usr/bin/script").canExecute(), "script(1) is not available");
        Files.writeString(tmp.resolve("prog.py"), PROGRAM);
        Files.writeString(tmp.resolve("input.txt"), "hello\nsecond\n");
        List<String> expected;
        try {
            expected = underPty(tmp, "python3");
        } catch (IOException e) {
            Assumptions.abort("python3 (the reference) is not available: " + e.getMessage());
            return;
        }
        assertEquals(List.of("tty True True", "[ builtins.input ('p> ',) ]", "p> [ builtins.input/result ('hello',) ]", "got 'hello'",
                        "[ builtins.input (None,) ]", "[ builtins.input/result ('second',) ]", "got 'second'"), expected, "python3 under script(1)");
        assertEquals(expected, underPty(tmp, HostHookTest.root().resolve("auditpy").toString()));
    }
}
