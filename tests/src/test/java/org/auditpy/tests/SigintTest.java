package org.auditpy.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Ctrl-C (SIGINT) as CPython 3.11 handles it: every {@code NAME.py} under {@code tests/src/test/resources/sigint}
 * runs as {@code <repo>/auditpy NAME.py} in its folder with standard input a pipe that stays open; whenever a line of
 * its stdout starts with {@code ready}, the test waits (1 s, or the seconds after the word: {@code ready 2}) and sends
 * SIGINT ({@code kill -INT}). Stdout, stderr ({@code $DIR} for the folder) and the exit status must equal NAME.out,
 * NAME.err and NAME.rc, which {@code tests/sigint-regen} makes by running python3 the same way.
 * {@code hot_loop} also runs with foreground compilation and checks that its loop was compiled before the signal;
 * {@code osr_wait} runs with {@code --auditpy.OSRWait=0}, so the signal comes while its loop waits for its compilation
 * or between two such waits.
 */
public class SigintTest {
    static final long TIMEOUT_SECONDS = 120;

    /** Extra launcher arguments per test (before the script). */
    static final Map<String, List<String>> EXTRA_ARGS = Map.of(
                    // the loop is compiled (on-stack replacement) at its 20,000th iteration, long before "ready"
                    "hot_loop", List.of("--engine.BackgroundCompilation=false", "--engine.TraceCompilation=true"),
                    // the loop waits for that compilation from its first poll after the request (Statements.TransferOSRLoop)
                    "osr_wait", List.of("--auditpy.OSRWait=0"));

    static Path root() {
        return Support.root().resolve("tests/src/test/resources/sigint");
    }

    @TestFactory
    Stream<DynamicTest> sigint() throws IOException {
        Path dir = root();
        List<Path> tests;
        try (Stream<Path> s = Files.list(dir)) {
            tests = s.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
        }
        Assumptions.assumeFalse(tests.isEmpty(), "no tests under " + dir);
        List<DynamicTest> result = new ArrayList<>();
        for (Path py : tests) {
            String file = py.getFileName().toString();
            String name = file.substring(0, file.length() - 3);
            result.add(DynamicTest.dynamicTest("sigint/" + name, py.toUri(), () -> {
                Assumptions.assumeFalse(Support.knownFailures().contains("sigint/" + name), "known failure (tests/known-failures.txt)");
                try {
                    check(dir, name);
                } catch (Throwable t) {
                    Support.recordFailure("sigint/" + name);
                    throw t;
                }
            }));
        }
        return result.stream();
    }

    static void check(Path dir, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(Support.script().toString()));
        File log = File.createTempFile("auditpy-sigint", ".log");
        try {
            List<String> extra = EXTRA_ARGS.getOrDefault(name, List.of());
            command.addAll(extra);
            if (!extra.isEmpty()) {
                command.add("--log.file=" + log);
            }
            command.add(name + ".py");
            Support.Result r = drive(command, dir);
            String problems = Support.differencesFromRecorded(dir, name, r, TIMEOUT_SECONDS);
            if (!problems.isEmpty()) {
                fail("sigint/" + name + ":\n" + problems);
            }
            if (name.equals("hot_loop")) {
                String trace = Support.read(log.toPath());
                assertTrue(trace.matches("(?s).*opt done\\s+engine=\\d+\\s+id=\\d+\\s+work<OSR@\\d+>.*"), "the loop was compiled: " + trace);
            }
        } finally {
            log.delete();
        }
    }

    /**
     * Runs {@code command} in {@code dir} as {@link Support#run} does, but with standard input an open pipe, and sends
     * SIGINT after each stdout line that starts with {@code ready} (the delay in seconds may follow the word).
     */
    static Support.Result drive(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Support.withDefaultSigint(command)).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        File err = File.createTempFile("auditpy-sigint", ".err");
        try {
            pb.redirectError(err);
            Process p = pb.start();
            OutputStream stdin = p.getOutputStream();
            Thread watchdog = new Thread(() -> {
                try {
                    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        p.descendants().forEach(ProcessHandle::destroyForcibly);
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    // the test is over
                }
            }, "sigint-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            long start = System.nanoTime();
            StringBuilder out = new StringBuilder();
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            InputStream in = p.getInputStream();
            int c;
            while ((c = in.read()) >= 0) {
                line.write(c);
                if (c != '\n') {
                    continue;
                }
                String l = line.toString(StandardCharsets.UTF_8);
                line.reset();
                out.append(l);
                if (l.startsWith("ready")) {
                    String[] words = l.strip().split("\\s+");
                    Thread.sleep((long) (1000 * (words.length > 1 ? Double.parseDouble(words[1]) : 1.0)));
                    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
                }
            }
            out.append(line.toString(StandardCharsets.UTF_8));
            boolean done = p.waitFor(Math.max(1, TIMEOUT_SECONDS - (System.nanoTime() - start) / 1_000_000_000L), TimeUnit.SECONDS);
            stdin.close();
            watchdog.interrupt();
            boolean timedOut = !done || (System.nanoTime() - start) / 1_000_000_000L >= TIMEOUT_SECONDS;
            return new Support.Result(done ? p.exitValue() : -1, out.toString(), Support.read(err.toPath()), timedOut);
        } finally {
            err.delete();
        }
    }
}
