package org.auditpy.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Host audit hooks: the embedder API {@link AuditPyEmbedding} in this JVM, and the launcher's --audit-log /
 * --audit-deny through real ./auditpy subprocesses. Expected values come from python3 (CPython 3.11) where
 * CPython has the same behaviour: event sequences, argument reprs, exception messages and exit statuses.
 */
public class HostHookTest {
    static Path root() {
        String p = System.getProperty("auditpy.root");
        if (p != null && !p.isEmpty()) {
            return Paths.get(p).toAbsolutePath().normalize();
        }
        Path cwd = Paths.get("").toAbsolutePath();
        return Files.exists(cwd.resolve("auditpy")) ? cwd : cwd.getParent();
    }

    static Context.Builder builder() {
        return Context.newBuilder("auditpy").option("auditpy.Stdlib", root().resolve("stdlib-shims/src/main/python").toString());
    }

    record Result(int status, String stdout, String stderr) {
    }

    /** Runs a command (cwd {@code dir}, empty stdin, no PYTHON* variables) and waits at most two minutes. */
    static Result run(Path dir, String... command) throws IOException, InterruptedException {
        return run(dir, java.util.Map.of(), new File("/dev/null"), command);
    }

    /** {@link #run(Path, String...)} with the variables {@code env} set and stdin from {@code in}. */
    static Result run(Path dir, java.util.Map<String, String> env, File in, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().putAll(env);
        File out = File.createTempFile("hosthook", ".out");
        File err = File.createTempFile("hosthook", ".err");
        try {
            pb.redirectOutput(out).redirectError(err).redirectInput(in);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        } finally {
            out.delete();
            err.delete();
        }
    }

    static Result python3(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        try {
            return run(dir, cmd.toArray(new String[0]));
        } catch (IOException e) {
            Assumptions.abort("python3 (the reference) is not available: " + e.getMessage());
            return null;
        }
    }

    static Result auditpy(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(root().resolve("auditpy").toString()));
        cmd.addAll(List.of(args));
        return run(dir, cmd.toArray(new String[0]));
    }

    static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The program whose events between the two markers the tests compare. */
    static final String EVENTS_PROGRAM = "import sys\nsys.audit('test.begin')\nc = compile('y = 2', '<x>', 'exec')\nexec(c)\nid(y)\nsys.audit('test.end')\n";

    @Test
    void hostHookSeesEventsInOrder(@TempDir Path tmp) throws Throwable {
        // CPython's sequence, from a Python hook (the same dispatch as a C hook sees)
        Result ref = python3(tmp, "-c", "import sys\non = []\ndef h(e, a):\n    if e == 'test.begin': on.append(1)\n"
                        + "    elif e == 'test.end': on.clear()\n    elif on: print(e)\nsys.addaudithook(h)\n" + EVENTS_PROGRAM.replace("import sys\n", ""));
        assertEquals(0, ref.status(), ref.stderr());
        List<String> expected = List.of(ref.stdout().strip().split("\n"));
        assertEquals(List.of("compile", "exec", "builtins.id"), expected, "python3's event sequence");

        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<Object[]> seenArgs = Collections.synchronizedList(new ArrayList<>());
        boolean[] on = {false};
        Context.Builder b = builder();
        AuditPyEmbedding.addAuditHook(b, (event, args) -> {
            if (event.equals("test.begin")) {
                on[0] = true;
            } else if (event.equals("test.end")) {
                on[0] = false;
            } else if (on[0]) {
                seen.add(event);
                seenArgs.add(args);
            }
        });
        List<String> all = Collections.synchronizedList(new ArrayList<>());
        AuditPyEmbedding.addHostHook(b, (event, args) -> all.add(event));
        try (Context c = b.build()) {
            c.eval("auditpy", EVENTS_PROGRAM);
            assertEquals(expected, seen);
            // host-friendly values: str as String, bytes as its repr, code objects as safe text, int as Long
            assertEquals(List.of("b'y = 2'", "<x>"), List.of(seenArgs.get(0)));
            assertEquals(List.of("<code object>"), List.of(seenArgs.get(1)));
            assertInstanceOf(Long.class, seenArgs.get(2)[0]);
            assertEquals(c.eval("auditpy", "id(y)").asLong(), seenArgs.get(2)[0]);
        }
        // the second hook saw the same events (registration order is kept; both run for every event) and
        // the shutdown events that only host hooks get
        assertTrue(all.containsAll(expected), all::toString);
        assertEquals(List.of("cpython.PyInterpreterState_Clear", "cpython._PySys_ClearAuditHooks"), all.subList(all.size() - 2, all.size()));
    }

    @Test
    void hostHooksRunBeforePythonHooks() {
        // one shared log: the host hook appends every event; the Python hook appends to it by raising its own
        // event when it sees 'test.mark'. Host first means 'test.mark' is logged before 'test.from_python'.
        List<String> shared = Collections.synchronizedList(new ArrayList<>());
        Context.Builder b = builder();
        AuditPyEmbedding.addAuditHook(b, (event, args) -> {
            if (event.startsWith("test.")) {
                shared.add(event);
            }
        });
        try (Context c = b.build()) {
            c.eval("auditpy", "import sys\ndef h(e, a):\n    if e == 'test.mark':\n        sys.audit('test.from_python')\n"
                            + "sys.addaudithook(h)\nsys.audit('test.mark')\n");
        }
        assertEquals(List.of("test.mark", "test.from_python"), shared);
    }

    @Test
    void throwingHostHookAbortsWithRuntimeError(@TempDir Path tmp) throws Throwable {
        Context.Builder b = builder();
        AuditPyEmbedding.addAuditHook(b, (event, args) -> {
            if (event.equals("builtins.id")) {
                throw new IllegalStateException("no id for you");
            }
        });
        // CPython: an operation whose hook raised RuntimeError fails with it, unchanged
        Result ref = python3(tmp, "-c", "import sys\ndef h(e, a):\n    if e == 'builtins.id': raise RuntimeError('no id for you')\n"
                        + "sys.addaudithook(h)\ntry:\n    id(1)\n    print('not aborted')\nexcept RuntimeError as e:\n    print(repr(e))\n");
        try (Context c = b.build()) {
            c.eval("auditpy", "r = None\ntry:\n    id(1)\n    r = 'not aborted'\nexcept RuntimeError as e:\n    r = repr(e)\n");
            assertEquals(ref.stdout().strip(), c.eval("auditpy", "r").asString());
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("auditpy", "id(2)"));
            assertTrue(e.isGuestException(), e::toString);
            assertTrue(e.getMessage().contains("no id for you"), e::getMessage);
        }
    }

    @Test
    void hookThrowingPythonExceptionPropagatesIt() {
        // a hook that runs Python code which raises: that Python exception (not a RuntimeError) aborts the operation
        AtomicReference<Context> ctx = new AtomicReference<>();
        Context.Builder b = builder();
        AuditPyEmbedding.addAuditHook(b, (event, args) -> {
            if (event.equals("test.nested")) {
                ctx.get().eval("auditpy", "raise ValueError('from nested eval')");
            }
        });
        try (Context c = b.build()) {
            ctx.set(c);
            c.eval("auditpy", "import sys\ntry:\n    sys.audit('test.nested')\n    r = 'not aborted'\nexcept Exception as e:\n    r = repr(e)\n");
            assertEquals("ValueError('from nested eval')", c.eval("auditpy", "r").asString());
        }
    }

    /** Parses the audit log with Python's json module and prints each event as JSON {event, args}. */
    static final String READ_LOG = "import json, sys\nfor line in open(sys.argv[1]):\n    o = json.loads(line)\n"
                    + "    assert isinstance(o['seq'], int) and isinstance(o['ts'], float) and isinstance(o['mono_ns'], int)\n"
                    + "    print(o['seq'], o['event'], json.dumps(o['args']))\n";

    @Test
    void auditLogFileFromSubprocessSurvivesOsExit(@TempDir Path tmp) throws Throwable {
        Path log = tmp.resolve("events.jsonl");
        // (stdout is flushed explicitly: CPython's os._exit drops unflushed buffers)
        String program = "import os, sys\ntry:\n    open('/nonexistent')\nexcept OSError as e:\n    print(e)\nsys.stdout.flush()\nos._exit(3)\n";
        Result r = auditpy(tmp, "--audit-log", log.toString(), "-c", program);
        Result ref = python3(tmp, "-c", program);
        assertEquals(ref.status(), r.status(), r.stderr());
        assertEquals(3, r.status());
        assertEquals(ref.stdout(), r.stdout());

        Result parsed = python3(tmp, "-c", READ_LOG, log.toString());
        assertEquals(0, parsed.status(), parsed.stderr());
        List<String> lines = List.of(parsed.stdout().strip().split("\n"));
        // seq counts from 1 without gaps
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith((i + 1) + " "), lines.get(i));
        }
        assertTrue(lines.get(0).startsWith("1 cpython.run_command "), lines.get(0));
        // the open event's arguments as CPython's hooks see them, each as its repr
        Result refArgs = python3(tmp, "-c", "import sys, json\nsys.addaudithook(lambda e, a: print('open', json.dumps([repr(x) for x in a])) "
                        + "if e == 'open' and a[0] == '/nonexistent' else None)\ntry:\n    open('/nonexistent')\nexcept OSError:\n    pass\n");
        String expectedOpen = refArgs.stdout().strip();
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(" " + expectedOpen)), () -> "want " + expectedOpen + " in\n" + parsed.stdout());
        // os._exit ran no shutdown: the log ends with events of the program, not with the shutdown events
        assertFalse(parsed.stdout().contains("cpython._PySys_ClearAuditHooks"), parsed.stdout());

        // append mode: a second run adds lines (its seq restarts at 1) and a normal exit logs the shutdown events
        Result r2 = auditpy(tmp, "--audit-log", log.toString(), "-c", "pass");
        assertEquals(0, r2.status(), r2.stderr());
        Result parsed2 = python3(tmp, "-c", READ_LOG, log.toString());
        List<String> lines2 = List.of(parsed2.stdout().strip().split("\n"));
        assertEquals(lines, lines2.subList(0, lines.size()));
        assertTrue(lines2.get(lines.size()).startsWith("1 cpython.run_command "), parsed2.stdout());
        assertTrue(lines2.get(lines2.size() - 1).contains("cpython._PySys_ClearAuditHooks"), parsed2.stdout());
    }

    /**
     * A CPython sitecustomize hook: the only Python hook installed before {@code cpython.run_*} (which CPython
     * raises before the program runs), printing each event to stderr as the audit log renders it (code objects and
     * functions as {@code <code object>}, {@code <function object>}); the exec events of CPython's own library modules, frozen or not (what runpy imports for -m differs between CPython builds), are left out. Events
     * without arguments are written without json, whose module globals are gone by cpython.PyInterpreterState_Clear.
     */
    static final String STARTUP_HOOK = "import json, os, sys\n_kinds = (type((lambda: 0).__code__), type(lambda: 0))\n"
                    + "_stdlib = os.path.dirname(os.__file__) + os.sep\n"
                    + "def _h(e, a, write=os.write, repr=repr, dumps=json.dumps, kinds=_kinds, isinstance=isinstance, type=type):\n"
                    + "    if e == 'exec' and a[0].co_filename.startswith(('<frozen', _stdlib)):\n        return\n"
                    + "    rendered = dumps(['<' + type(x).__name__ + ' object>' if isinstance(x, kinds) else repr(x) for x in a]) if a else '[]'\n"
                    + "    write(2, ('AUDIT ' + e + ' ' + rendered + '\\n').encode())\n"
                    + "sys.addaudithook(_h)\n";

    /**
     * The start-up and shutdown events of a run, from the cpython.run_* event (and the open of the script just
     * before it) to the end: cpython.run_*, open (not of __pycache__ files), compile, exec and the shutdown
     * events; lines are "event json-of-arg-reprs".
     */
    static List<String> startupWindow(List<String> events) {
        List<String> kept = new ArrayList<>();
        for (String l : events) {
            String name = l.substring(0, l.indexOf(' '));
            if ((name.startsWith("cpython.") || name.equals("open") || name.equals("compile") || name.equals("exec")) && !l.contains("__pycache__")) {
                kept.add(l);
            }
        }
        int first = 0;
        while (first < kept.size() && !kept.get(first).startsWith("cpython.run_")) {
            first++;
        }
        assertTrue(first < kept.size(), () -> "no cpython.run_* event in " + events);
        if (first > 0 && kept.get(first).startsWith("cpython.run_file ")) {
            String arg = kept.get(first).substring("cpython.run_file [".length(), kept.get(first).length() - 1);
            if (kept.get(first - 1).startsWith("open [" + arg + ", ")) {
                first--;
            }
        }
        return kept.subList(first, kept.size());
    }

    @Test
    void startupEventsAsCPythonHooksSeeThem(@TempDir Path tmp) throws Throwable {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("sitecustomize.py"), STARTUP_HOOK);
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.writeString(work.resolve("script.py"), "print('from file')\n");
        Files.writeString(work.resolve("mymod.py"), "print('from module')\n");
        Path stdin = work.resolve("stdin.txt");
        Files.writeString(stdin, "print('from stdin')\n");
        File none = new File("/dev/null");
        String[][] modes = {{"-c", "print('from command')"}, {"script.py"}, {"-m", "mymod"}, {"-"}};
        for (String[] mode : modes) {
            File in = mode[0].equals("-") ? stdin.toFile() : none;
            // -B: no bytecode cache writes (auditpy writes none; CPython's would add open events of the .pyc)
            List<String> py = new ArrayList<>(List.of("python3", "-B"));
            py.addAll(List.of(mode));
            Result ref;
            try {
                ref = run(work, java.util.Map.of("PYTHONPATH", site.toString()), in, py.toArray(new String[0]));
            } catch (IOException e) {
                Assumptions.abort("python3 (the reference) is not available: " + e.getMessage());
                return;
            }
            assertEquals(0, ref.status(), ref.stderr());
            List<String> refEvents = ref.stderr().lines().filter(l -> l.startsWith("AUDIT ")).map(l -> l.substring(6)).toList();

            Path log = tmp.resolve("log-" + mode[0].replace("-", "") + ".jsonl");
            List<String> ap = new ArrayList<>(List.of(root().resolve("auditpy").toString(), "--audit-log", log.toString()));
            ap.addAll(List.of(mode));
            Result r = run(work, java.util.Map.of(), in, ap.toArray(new String[0]));
            assertEquals(0, r.status(), r.stderr());
            assertEquals(ref.stdout(), r.stdout());
            Result parsed = python3(tmp, "-c", READ_LOG, log.toString());
            assertEquals(0, parsed.status(), parsed.stderr());
            List<String> logged = parsed.stdout().lines().map(l -> l.substring(l.indexOf(' ') + 1)).toList();

            // host hooks see what CPython's earliest Python hook sees, then _PySys_ClearAuditHooks last, which no
            // Python hook ever gets; nobody sees PyInterpreterState_New for the main interpreter
            List<String> expected = new ArrayList<>(startupWindow(refEvents));
            expected.add("cpython._PySys_ClearAuditHooks []");
            assertEquals(expected, startupWindow(logged), String.join(" ", mode));
            assertFalse(logged.stream().anyMatch(l -> l.startsWith("cpython.PyInterpreterState_New")), logged::toString);
        }
    }

    @Test
    void unopenableAuditLogFailsAtStart(@TempDir Path tmp) throws Throwable {
        Path log = tmp.resolve("no-such-dir/events.jsonl");
        Result r = auditpy(tmp, "--audit-log", log.toString(), "-c", "print('ran')");
        assertEquals(1, r.status(), r.stderr());
        assertEquals("", r.stdout());
        assertEquals("auditpy: cannot open audit log '" + log + "': [Errno 2] No such file or directory", r.stderr().strip());
    }

    @Test
    void auditDenyRefusesOpenBeforeItHappens(@TempDir Path tmp) throws Throwable {
        String deny = "open,os.*";
        // CPython reference: a hook raising PermissionError('audit policy denies ' + event) for the same patterns
        String refHook = "import sys, fnmatch\ndef h(e, a):\n    if any(fnmatch.fnmatchcase(e, p) for p in " + "'" + deny + "'.split(',')):\n"
                        + "        raise PermissionError('audit policy denies ' + e)\nsys.addaudithook(h)\n";

        String uncaught = "open('created.txt', 'w')\n";
        Result r = auditpy(tmp, "--audit-deny", deny, "-c", uncaught);
        assertFalse(Files.exists(tmp.resolve("created.txt")), "the denied open() must not create the file");
        Result ref = python3(tmp, "-c", refHook + uncaught);
        assertFalse(Files.exists(tmp.resolve("created.txt")));
        assertEquals(ref.status(), r.status(), r.stderr());
        assertEquals(lastLine(ref.stderr()), lastLine(r.stderr()));
        assertEquals("PermissionError: audit policy denies open", lastLine(r.stderr()));

        String caught = "import posix\nfor f in (lambda: open('created.txt', 'w'), lambda: posix.listdir('.'), lambda: posix.mkdir('d')):\n"
                        + "    try:\n        f()\n        print('allowed')\n    except PermissionError as e:\n        print(type(e).__name__, e.args, e.errno, e)\n"
                        + "sys.audit('osx.not_denied')\nprint('done')\n";
        Result r2 = auditpy(tmp, "--audit-deny", deny, "-c", "import sys\n" + caught);
        Result ref2 = python3(tmp, "-c", refHook + caught);
        assertEquals(0, ref2.status(), ref2.stderr());
        assertEquals(ref2.stdout(), r2.stdout(), r2.stderr());
        assertEquals(0, r2.status(), r2.stderr());
        assertFalse(Files.exists(tmp.resolve("created.txt")));
        assertFalse(Files.exists(tmp.resolve("d")));
    }

    @Test
    void deniedEventsAreLoggedFirst(@TempDir Path tmp) throws Throwable {
        Path log = tmp.resolve("events.jsonl");
        Result r = auditpy(tmp, "--audit-log", log.toString(), "--audit-deny", "open", "-c", "open('created.txt', 'w')\n");
        assertEquals(1, r.status(), r.stderr());
        assertFalse(Files.exists(tmp.resolve("created.txt")));
        Result parsed = python3(tmp, "-c", READ_LOG, log.toString());
        assertTrue(parsed.stdout().contains(" open [\"'created.txt'\", \"'w'\", "), parsed.stdout());
    }

    @Test
    void globPatternsAreFnmatch() {
        AuditDeny d = AuditDeny.parse(" os.* , sub?rocess.Popen,[st]ocket.*,x[!a-c]y, ");
        assertTrue(d.denies("os.listdir"));
        assertTrue(d.denies("os.a.b"));
        assertFalse(d.denies("os"));
        assertFalse(d.denies("xos.listdir"));
        assertTrue(d.denies("subprocess.Popen"));
        assertTrue(d.denies("socket.connect"));
        assertTrue(d.denies("tocket.connect"));
        assertFalse(d.denies("rocket.connect"));
        assertTrue(d.denies("xdy"));
        assertFalse(d.denies("xby"));
        assertFalse(d.denies("OS.listdir"));
        assertTrue(AuditDeny.parse("a[b").denies("a[b"));
        assertEquals(null, AuditDeny.parse(" , "));
    }

    static String readAll(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
