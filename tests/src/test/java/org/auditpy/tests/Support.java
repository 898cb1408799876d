package org.auditpy.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Shared helpers (the repository root is public: the parser tests read the library modules and goldens too): the repository root, the ./auditpy script, subprocesses and the known-failures list. */
public final class Support {
    private Support() {
    }

    /** The repository root: system property auditpy.root, else the parent of the tests module (surefire's cwd). */
    public static Path root() {
        String p = System.getProperty("auditpy.root");
        if (p != null && !p.isEmpty()) {
            return Paths.get(p).toAbsolutePath().normalize();
        }
        Path cwd = Paths.get("").toAbsolutePath();
        if (Files.exists(cwd.resolve("auditpy")) && Files.isDirectory(cwd.resolve("tests"))) {
            return cwd;
        }
        return cwd.getParent();
    }

    static Path script() {
        return root().resolve("auditpy");
    }

    /** The outcome of a subprocess. */
    /**
     * {@code command}, started with SIGINT's default disposition when this JVM ignores SIGINT (a test run started as a
     * background job of a shell without job control, e.g. {@code .ci/run &}): the expected outputs were recorded with
     * the default, and a program inherits an ignored SIGINT (CPython then leaves it ignored, and so does auditpy:
     * {@code signal.getsignal(SIGINT)} would say SIG_IGN).
     */
    static List<String> withDefaultSigint(List<String> command) {
        if (!sigintIgnored()) {
            return command;
        }
        List<String> cmd = new java.util.ArrayList<>(List.of("env", "--default-signal=INT"));
        cmd.addAll(command);
        return cmd;
    }

    /** Whether this JVM's process ignores SIGINT (then so would the programs it starts). */
    static boolean sigintIgnored() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(l.substring(7).strip(), 16) & (1L << 1)) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: assume the default
        }
        return false;
    }

    record Result(int status, String stdout, String stderr, boolean timedOut) {
    }

    /**
     * Runs a command with cwd {@code dir}, stdin from {@code stdin} (null = empty), the environment CPython's
     * expected output was produced with (PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, no other PYTHON* variables).
     */
    static Result run(List<String> command, Path dir, Path stdin, long timeoutSeconds) throws IOException, InterruptedException {
        return run(command, dir, stdin, timeoutSeconds, Map.of());
    }

    /** As {@link #run(List, Path, Path, long)} with {@code extraEnv} added to the environment. */
    static Result run(List<String> command, Path dir, Path stdin, long timeoutSeconds, Map<String, String> extraEnv)
                    throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(withDefaultSigint(command)).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.putAll(extraEnv);
        File out = File.createTempFile("auditpy-test", ".out");
        File err = File.createTempFile("auditpy-test", ".err");
        try {
            pb.redirectOutput(out).redirectError(err);
            pb.redirectInput(stdin != null ? stdin.toFile() : new File("/dev/null"));
            Process p = pb.start();
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            return new Result(done ? p.exitValue() : -1, read(out.toPath()), read(err.toPath()), !done);
        } finally {
            out.delete();
            err.delete();
        }
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    /**
     * What differs between a run and the output CPython recorded for it ({@code NAME.out}, and {@code NAME.err} with
     * the folder as {@code $DIR} and {@code NAME.rc} when present, next to the program): an empty string when nothing
     * does, else one line per difference (exit status, timeout) and a diff per stream.
     */
    static String differencesFromRecorded(Path dir, String name, Result r, long timeoutSeconds) throws IOException {
        String expectedOut = read(dir.resolve(name + ".out"));
        String expectedErr = readOrEmpty(dir.resolve(name + ".err"));
        String rcText = readOrEmpty(dir.resolve(name + ".rc")).strip();
        int expectedRc = rcText.isEmpty() ? 0 : Integer.parseInt(rcText);
        String actualErr = r.stderr().replace(dir.toRealPath().toString(), "$DIR");
        if (!dir.toRealPath().equals(dir.toAbsolutePath())) {
            actualErr = actualErr.replace(dir.toAbsolutePath().toString(), "$DIR");
        }
        StringBuilder problems = new StringBuilder();
        if (r.timedOut()) {
            problems.append("timed out after ").append(timeoutSeconds).append(" s\n");
        } else if (r.status() != expectedRc) {
            problems.append("exit status: expected ").append(expectedRc).append(", got ").append(r.status()).append('\n');
        }
        if (!expectedOut.equals(r.stdout())) {
            problems.append(diff("stdout", expectedOut, r.stdout()));
        }
        if (!expectedErr.equals(actualErr)) {
            problems.append(diff("stderr", expectedErr, actualErr));
        }
        return problems.toString();
    }

    static String readOrEmpty(Path p) throws IOException {
        return Files.exists(p) ? read(p) : "";
    }

    private static Set<String> knownFailures;

    /** tests/known-failures.txt: names of tests reported as skipped until the interpreter can pass them. */
    static synchronized Set<String> knownFailures() {
        if (knownFailures == null) {
            knownFailures = new HashSet<>();
            if (!Boolean.getBoolean("known.failures.ignore")) {
                Path f = root().resolve("tests/known-failures.txt");
                try {
                    if (Files.exists(f)) {
                        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                            String t = line.strip();
                            if (!t.isEmpty() && !t.startsWith("#")) {
                                knownFailures.add(t);
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }
        }
        return knownFailures;
    }

    /** With -Dknown.failures.record=FILE, every failing test's name is appended to FILE (tests/update-known-failures). */
    static synchronized void recordFailure(String name) {
        String f = System.getProperty("known.failures.record");
        if (f == null || f.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Paths.get(f), name + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /**
     * Fails {@code name} unless auditpy's run ({@code actual}) has CPython's exit status and stdout ({@code expected}),
     * both outputs with object addresses ({@code at 0x...>}, which differ between interpreters) made equal; the
     * message gives the differences and both stderrs.
     */
    static void assertSameAsCPython(String name, Result expected, Result actual) {
        StringBuilder problems = new StringBuilder();
        if (actual.timedOut()) {
            problems.append("timed out\n");
        } else if (expected.status() != actual.status()) {
            problems.append("exit status: CPython ").append(expected.status()).append(", auditpy ").append(actual.status()).append('\n');
        }
        String expectedOut = expected.stdout().replaceAll(" at 0x[0-9a-f]+>", " at 0x?>");
        String actualOut = actual.stdout().replaceAll(" at 0x[0-9a-f]+>", " at 0x?>");
        if (!expectedOut.equals(actualOut)) {
            problems.append(diff("stdout", expectedOut, actualOut));
        }
        if (!problems.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(name + ":\n" + problems + "auditpy's stderr:\n" + actual.stderr() + "CPython's stderr:\n" + expected.stderr());
        }
    }

    /** A readable line diff of expected vs actual (unified-style, with line numbers), for assertion messages. */
    static String diff(String what, String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int n = a.length;
        int m = b.length;
        if ((long) n * m > 4_000_000L) {
            int k = 0;
            while (k < Math.min(n, m) && a[k].equals(b[k])) {
                k++;
            }
            return what + " differs from line " + (k + 1) + " (outputs too long for a full diff):\n- "
                            + (k < n ? a[k] : "<end>") + "\n+ " + (k < m ? b[k] : "<end>") + "\n";
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                lines.add("   " + a[i]);
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+  " + b[j] + "   (line " + (j + 1) + ")");
                j++;
            } else {
                lines.add("-  " + a[i] + "   (line " + (i + 1) + ")");
                i++;
            }
        }
        // Show only changed lines with 3 lines of context.
        StringBuilder sb = new StringBuilder();
        sb.append(what).append(" differs (- expected, + actual):\n");
        boolean[] keep = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).startsWith("   ")) {
                for (int c = Math.max(0, k - 3); c <= Math.min(lines.size() - 1, k + 3); c++) {
                    keep[c] = true;
                }
            }
        }
        boolean gap = false;
        int shown = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (keep[k]) {
                if (gap) {
                    sb.append("   ...\n");
                }
                gap = false;
                if (shown++ > 200) {
                    sb.append("   (diff truncated)\n");
                    break;
                }
                sb.append(lines.get(k)).append('\n');
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }
}
