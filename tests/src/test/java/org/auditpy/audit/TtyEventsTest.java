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
        HostHookTest.Result r = HostHookTest.run(dir, java.util.Map.of(), dir.resolve("input.txt").toFile(), "script", "-qec",
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

    /** The events from cpython.run_startup on, as HostHookTest.startupWindow keeps them, addresses removed. */
    static List<String> interactiveWindow(List<String> events) {
        List<String> kept = new java.util.ArrayList<>();
        boolean on = false;
        for (String l : events) {
            String name = l.substring(0, l.indexOf(' '));
            on |= name.equals("cpython.run_startup");
            if (on && (name.startsWith("cpython.") || name.equals("open") || name.equals("compile") || name.equals("exec")) && !l.contains("__pycache__")) {
                kept.add(l.replaceAll(" at 0x[0-9a-f]+", ""));
            }
        }
        return kept;
    }

    @Test
    void interactiveLoopEvents(@TempDir Path tmp) throws Throwable {
        Assumptions.assumeTrue(new File("/usr/bin/script").canExecute(), "script(1) is not available");
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("sitecustomize.py"), HostHookTest.STARTUP_HOOK);
        Path startup = tmp.resolve("startup.py");
        Files.writeString(startup, "import sys\nsys.__interactivehook__ = lambda: print('interactive hook ran')\nprint('startup ran')\n");
        // two statements (the second shown by sys.displayhook), then an exit through SystemExit (script(1) may end the
        // session on the end of its input before a Ctrl-D is read)
        Path input = tmp.resolve("repl.txt");
        Files.writeString(input, "x = 1\nx + 41\nraise SystemExit\n");
        HostHookTest.Result ref;
        try {
            ref = HostHookTest.run(tmp, java.util.Map.of("PYTHONPATH", site.toString(), "PYTHONSTARTUP", startup.toString()), input.toFile(),
                            "script", "-qec", "python3 -B -q", "/dev/null");
        } catch (IOException e) {
            Assumptions.abort("python3 (the reference) is not available: " + e.getMessage());
            return;
        }
        List<String> refEvents = ref.stdout().replace("\r", "").lines().filter(l -> l.contains("AUDIT ")).map(l -> l.substring(l.indexOf("AUDIT ") + 6)).toList();
        List<String> expected = new java.util.ArrayList<>(interactiveWindow(refEvents));
        assertEquals("cpython.run_startup", expected.get(0).substring(0, expected.get(0).indexOf(' ')), ref.stdout());
        assertEquals(true, ref.stdout().contains("42"), ref.stdout());
        expected.add("cpython._PySys_ClearAuditHooks []");

        Path log = tmp.resolve("repl.jsonl");
        HostHookTest.Result r = HostHookTest.run(tmp, java.util.Map.of("PYTHONSTARTUP", startup.toString()), input.toFile(), "script", "-qec",
                        HostHookTest.root().resolve("auditpy") + " --audit-log " + log + " -q", "/dev/null");
        assertEquals(0, r.status(), r.stdout() + r.stderr());
        String out = r.stdout().replace("\r", "");
        assertEquals(true, out.contains("startup ran") && out.contains("interactive hook ran") && out.contains("42"), out);
        HostHookTest.Result parsed = HostHookTest.python3(tmp, "-c", HostHookTest.READ_LOG, log.toString());
        assertEquals(0, parsed.status(), parsed.stderr());
        List<String> logged = parsed.stdout().lines().map(l -> l.substring(l.indexOf(' ') + 1)).toList();
        assertEquals(expected, interactiveWindow(logged));
    }
}
