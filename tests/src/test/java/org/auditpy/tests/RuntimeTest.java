package org.auditpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The ./auditpy script end to end: the optimizing Truffle runtime is in use, and a -c program runs. */
public class RuntimeTest {
    @Test
    void optimizingRuntime() throws Exception {
        Support.Result r = Support.run(List.of(Support.script().toString(), "-X", "auditpy-runtime", "-c", "pass"), Support.root(), null, 300);
        assertEquals("", r.stderr(), "no warnings on stderr");
        assertEquals("GraalVM CE\n", r.stdout(), "the optimizing runtime (Graal compiler on the upgrade module path)");
        assertEquals(0, r.status());
    }

    @Test
    void printExpression() throws Exception {
        Assumptions.assumeFalse(Support.knownFailures().contains("runtime/print"), "known failure (tests/known-failures.txt)");
        try {
            Support.Result r = Support.run(List.of(Support.script().toString(), "-c", "print(1+1)"), Support.root(), null, 300);
            assertEquals("2\n", r.stdout(), () -> "stderr: " + r.stderr());
            assertEquals("", r.stderr());
            assertEquals(0, r.status());
        } catch (Throwable t) {
            Support.recordFailure("runtime/print");
            throw t;
        }
    }

    @Test
    void commandLine() throws Exception {
        Support.Result v = Support.run(List.of(Support.script().toString(), "-V"), Support.root(), null, 300);
        assertEquals("Python 3.11.7\n", v.stdout());
        Support.Result missing = Support.run(List.of(Support.script().toString(), "no_such_file.py"), Support.root(), null, 300);
        assertEquals(2, missing.status());
        assertEquals(Support.script() + ": can't open file '" + Support.root().resolve("no_such_file.py")
                        + "': [Errno 2] No such file or directory\n", missing.stderr());
        Support.Result bad = Support.run(List.of(Support.script().toString(), "-z"), Support.root(), null, 300);
        assertEquals(2, bad.status());
        assertEquals("Unknown option: -z\nusage: " + Support.script() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                        + "Try `python -h' for more information.\n", bad.stderr());
        Support.Result noArg = Support.run(List.of(Support.script().toString(), "-X"), Support.root(), null, 300);
        assertEquals(2, noArg.status());
        assertEquals(true, noArg.stderr().startsWith("Argument expected for the -X option\n"));
        Support.Result utf8 = Support.run(List.of(Support.script().toString(), "-X utf8", "-uBq", "-Xfoo=1", "-c", "pass", "a"), Support.root(), null, 300);
        assertEquals("", utf8.stderr());
        assertEquals(0, utf8.status());
        // a Truffle engine option that does not exist or has a bad value: one message, status 2, no Java stack trace
        Support.Result engine = Support.run(List.of(Support.script().toString(), "--engine.NoSuchOption=1", "-c", "pass"), Support.root(), null, 300);
        assertEquals(2, engine.status());
        assertEquals(true, engine.stderr().startsWith("auditpy: Could not find option with name engine.NoSuchOption."), engine.stderr());
        assertEquals(false, engine.stderr().contains("\tat "), engine.stderr());
        Support.Result value = Support.run(List.of(Support.script().toString(), "--engine.TraceCompilation=maybe", "-c", "pass"), Support.root(), null, 300);
        assertEquals(2, value.status());
        assertEquals("auditpy: Invalid boolean option value 'maybe'. The value of the option must be 'true' or 'false'.\n", value.stderr());
        // a number option's bad value names the option (the polyglot message is only NumberFormatException's)
        for (String[] option : new String[][]{{"--auditpy.OSRWait=abc", "auditpy.OSRWait", "abc"}, {"--auditpy.OSRWait", "auditpy.OSRWait", "true"},
                        {"--engine.OSRCompilationThreshold=1.5", "engine.OSRCompilationThreshold", "1.5"}}) {
            Support.Result number = Support.run(List.of(Support.script().toString(), option[0], "-c", "pass"), Support.root(), null, 300);
            assertEquals(2, number.status());
            assertEquals("auditpy: Invalid integer option value '" + option[2] + "' for option " + option[1] + ". The value of the option must be a whole number.\n",
                            number.stderr());
        }
    }

    /**
     * CPython 3.11's int/str digit limit from the configuration: {@code -X int_max_str_digits=N} over
     * PYTHONINTMAXSTRDIGITS (ignored with -E), shown by sys.flags.int_max_str_digits; an invalid limit is a fatal
     * error at start-up (expected outputs from python3 3.11.7 run the same way).
     */
    @Test
    void intMaxStrDigitsConfiguration() throws Exception {
        String show = "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())";
        String script = Support.script().toString();
        Object[][] cases = {
            {List.of(script, "-c", show), java.util.Map.of(), "-1 4300\n", "", 0},
            {List.of(script, "-X", "int_max_str_digits=1000", "-c", show), java.util.Map.of(), "1000 1000\n", "", 0},
            {List.of(script, "-c", show), java.util.Map.of("PYTHONINTMAXSTRDIGITS", "700"), "700 700\n", "", 0},
            {List.of(script, "-X", "int_max_str_digits=0", "-c", show), java.util.Map.of("PYTHONINTMAXSTRDIGITS", "700"), "0 0\n", "", 0},
            {List.of(script, "-E", "-c", show), java.util.Map.of("PYTHONINTMAXSTRDIGITS", "700"), "-1 4300\n", "", 0},
            {List.of(script, "-X", "int_max_str_digits=5", "-c", "pass"), java.util.Map.of(), "",
                "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\n"
                                + "Python runtime state: preinitialized\n\n", 1},
            {List.of(script, "-c", "pass"), java.util.Map.of("PYTHONINTMAXSTRDIGITS", "abc"), "",
                "Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.\n"
                                + "Python runtime state: preinitialized\n\n", 1},
        };
        assertCommandCases(cases);
    }

    /**
     * Runs each case {command, environment additions, expected stdout, expected stderr, expected status} from the
     * project root and compares.
     */
    /**
     * Complex literals, which auditpy does not run yet, are a SyntaxError at the literal itself (line, column and end
     * of the {@code 2j}), not at line 1 of the file. (CPython accepts the code, so this has no golden output.)
     */
    @Test
    void complexLiteralIsReportedWhereItIs() throws Exception {
        String code = "for src in ['x = 1\\ny = 2\\nz = 1 + 2j\\n', 'def f():\\n    return [1j]\\n']:\n"
                        + "    try:\n        compile(src, 'f.py', 'exec')\n"
                        + "    except SyntaxError as e:\n        print(e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)\n";
        String msg = "complex numbers are not supported by auditpy yet";
        assertCommandCases(new Object[][]{{List.of(Support.script().toString(), "-c", code), java.util.Map.of(),
            "3 9 3 11 " + msg + "\n2 13 2 15 " + msg + "\n", "", 0}});
    }

    private static void assertCommandCases(Object[][] cases) throws Exception {
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<String> command = (List<String>) c[0];
            @SuppressWarnings("unchecked")
            java.util.Map<String, String> env = (java.util.Map<String, String>) c[1];
            Support.Result r = Support.run(command, Support.root(), null, 300, env);
            assertEquals(c[2], r.stdout(), command + " " + env + ": " + r.stderr());
            assertEquals(c[3], r.stderr(), command + " " + env);
            assertEquals(c[4], r.status(), command + " " + env);
        }
    }

    /**
     * sys.warnoptions from PYTHONWARNINGS (unless -E) and -W, in CPython 3.11's order, and their effect on the
     * compiler's SyntaxWarning: shown, ignored, or made a SyntaxError (expected outputs from python3).
     */
    @Test
    void warningOptions() throws Exception {
        String show = "import sys; print(sys.warnoptions); compile('x is 1', 'w.py', 'exec')";
        String script = Support.script().toString();
        String warning = "w.py:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n";
        Object[][] cases = {
            {List.of(script, "-c", show), java.util.Map.of(), "[]\n", warning, 0},
            {List.of(script, "-W", "ignore", "-c", show), java.util.Map.of(), "['ignore']\n", "", 0},
            {List.of(script, "-Werror", "-W", "once", "-c", show), java.util.Map.of("PYTHONWARNINGS", "ignore,default::DeprecationWarning"),
                "['ignore', 'default::DeprecationWarning', 'error', 'once']\n", warning, 0},
            {List.of(script, "-E", "-c", show), java.util.Map.of("PYTHONWARNINGS", "ignore"), "[]\n", warning, 0},
            {List.of(script, "-c", show), java.util.Map.of("PYTHONWARNINGS", "error::SyntaxWarning"), "['error::SyntaxWarning']\n",
                "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  File \"w.py\", line 1\n"
                                + "SyntaxError: \"is\" with a literal. Did you mean \"==\"?\n", 1},
        };
        assertCommandCases(cases);
    }

    /**
     * PYTHONIOENCODING=encoding[:errors] (or :errors alone) sets the standard streams' encoding and errors, an
     * encoding without errors meaning 'strict', standard error keeping 'backslashreplace'; -E and -I ignore it; an
     * empty value is none (then the C.UTF-8 locale's 'surrogateescape'). Expected outputs from python3 run the same way.
     */
    @Test
    void ioEncodingVariable() throws Exception {
        String script = Support.script().toString();
        String plain = "import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stdin.errors, sys.stderr.errors)";
        String show = "import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stdin.encoding, sys.stdin.errors, sys.stderr.encoding, "
                        + "sys.stderr.errors); print(\"e\\xe9\\u20ac\\udcff!\")";
        Object[][] cases = {
            {List.of(script, "-c", plain), java.util.Map.of("PYTHONIOENCODING", "", "LC_ALL", "C.UTF-8"), "utf-8 surrogateescape surrogateescape backslashreplace\n", "", 0},
            {List.of(script, "-c", plain), java.util.Map.of("PYTHONIOENCODING", "latin-1", "LC_ALL", "C.UTF-8"), "iso8859-1 strict strict backslashreplace\n", "", 0},
            {List.of(script, "-c", show), java.util.Map.of("PYTHONIOENCODING", "ascii:replace", "LC_ALL", "C.UTF-8"), "ascii replace ascii replace ascii backslashreplace\ne???!\n", "", 0},
            {List.of(script, "-c", show), java.util.Map.of("PYTHONIOENCODING", ":backslashreplace", "LC_ALL", "C.UTF-8"), "utf-8 backslashreplace utf-8 backslashreplace utf-8 backslashreplace\ne\u00e9\u20ac\\udcff!\n", "", 0},
            {List.of(script, "-c", show), java.util.Map.of("PYTHONIOENCODING", "UTF8:xmlcharrefreplace", "LC_ALL", "C.UTF-8"), "utf-8 xmlcharrefreplace utf-8 xmlcharrefreplace utf-8 backslashreplace\ne\u00e9\u20ac&#56575;!\n", "", 0},
            {List.of(script, "-E", "-c", plain), java.util.Map.of("PYTHONIOENCODING", "ascii:replace", "LC_ALL", "C.UTF-8"), "utf-8 surrogateescape surrogateescape backslashreplace\n", "", 0},
            {List.of(script, "-I", "-c", plain), java.util.Map.of("PYTHONIOENCODING", "ascii", "LC_ALL", "C.UTF-8"), "utf-8 surrogateescape surrogateescape backslashreplace\n", "", 0},
            {List.of(script, "-c", show), java.util.Map.of("PYTHONIOENCODING", "ascii", "LC_ALL", "C.UTF-8"), "ascii strict ascii strict ascii backslashreplace\n", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nUnicodeEncodeError: 'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)\n", 1},
        };
        assertCommandCases(cases);
    }

    /**
     * Frame introspection inside a loop that runs in its on-stack-replacement code (compiled in the foreground at the
     * loop's 20,000th iteration): {@code sys._getframe().f_locals} and a traceback's frame see the loop's variables,
     * whether the function's frame was walked before the loop was compiled (the loop then runs on that frame) or only
     * inside the compiled loop (which runs on a frame of its own). Expected output from python3.
     */
    @Test
    void framesInCompiledLoops() throws Exception {
        String program = """
                        import sys
                        def walked_first(n):
                            seen = []
                            a = 0
                            for i in range(n):
                                a = i * 2
                                if i % 70_000 == 0 or i == n - 1:
                                    f = sys._getframe()
                                    seen.append((f.f_locals["i"], f.f_locals["a"]))
                            return seen
                        def walked_in_loop(n):
                            seen = []
                            a = 0
                            for i in range(n):
                                a = i * 3
                                if i in (70_000, n - 1):
                                    f = sys._getframe()
                                    seen.append((f.f_locals["i"], f.f_locals["a"], sorted(f.f_locals)))
                            return seen
                        def traceback_in_loop(n):
                            t = 0
                            for i in range(n):
                                t += i
                                if i == 150_000:
                                    try:
                                        1 / 0
                                    except ZeroDivisionError as e:
                                        print(e.__traceback__.tb_frame.f_locals["i"], e.__traceback__.tb_frame.f_locals["t"])
                            return t
                        print(walked_first(200_000))
                        print(walked_in_loop(200_000))
                        print(traceback_in_loop(200_000))
                        """;
        String expected = "[(0, 0), (70000, 140000), (140000, 280000), (199999, 399998)]\n"
                        + "[(70000, 210000, ['a', 'f', 'i', 'n', 'seen']), (199999, 599997, ['a', 'f', 'i', 'n', 'seen'])]\n"
                        + "150000 11250075000\n19999900000\n";
        String script = Support.script().toString();
        Object[][] cases = {
            {List.of(script, "--engine.BackgroundCompilation=false", "-c", program), java.util.Map.of(), expected, "", 0},
            {List.of(script, "-c", program), java.util.Map.of(), expected, "", 0},
        };
        assertCommandCases(cases);
    }

    /**
     * The launcher's compilation policy (Main.COMPILATION_POLICY): a function called three times whose loop runs
     * 50,000 iterations a call runs that loop in its on-stack-replacement compilation and is not compiled as a whole
     * (a root is compiled from its 20th call); the user's own {@code --engine.MinInvokeThreshold} overrides the
     * policy. Compilations run in the foreground here, so the trace is the same on every run.
     */
    @Test
    void compilationPolicy() throws Exception {
        String program = "def main():\n    t = 0\n    for i in range(50000):\n        t += i\n    return t\n"
                        + "for _ in range(3):\n    main()\nprint('done')\n";
        java.util.regex.Pattern whole = java.util.regex.Pattern.compile("opt done\\s+engine=\\d+\\s+id=\\d+\\s+main\\s+\\|Tier \\d\\|");
        java.util.regex.Pattern osr = java.util.regex.Pattern.compile("opt done\\s+engine=\\d+\\s+id=\\d+\\s+main<OSR@\\d+>\\s+\\|Tier 2\\|");
        Support.Result policy = traced(program);
        assertEquals("done\n", policy.stdout(), policy.stderr());
        assertEquals(true, osr.matcher(policy.stderr()).find(), "the loop's OSR compilation: " + policy.stderr());
        assertEquals(false, whole.matcher(policy.stderr()).find(), "no compilation of main as a whole: " + policy.stderr());
        Support.Result truffle = traced(program, "--engine.MinInvokeThreshold=1");
        assertEquals("done\n", truffle.stdout(), truffle.stderr());
        assertEquals(true, whole.matcher(truffle.stderr()).find(), "compiled from its first call: main compiled as a whole: " + truffle.stderr());
    }

    /**
     * A loop over a range iterator ({@code for x in it} with {@code it = iter(range(n))}, and every comprehension
     * over a range, whose loop receives {@code iter(range(n))}) or over a generator is compiled once: its first
     * compilation used to deoptimize at its first run (Graal's speculative guard movement in the generic iterator
     * step) and be compiled again, a second compilation in the queue for each such function.
     */
    @Test
    void iteratorLoopsCompiledOnce() throws Exception {
        String program = "def k(it):\n    s = 0\n    for c in it:\n        s += c\n    return s\n"
                        + "def kg(it):\n    s = 0\n    for c in it:\n        s += c\n    return s\n"
                        + "def gen(n):\n    for i in range(n):\n        yield i\n"
                        + "def g():\n    return [c * 2 for c in range(20)]\n"
                        + "for _ in range(3000):\n    k(iter(range(20)))\n    kg(gen(20))\n    g()\n"
                        + "print(k(iter(range(5))), kg(gen(4)), g()[-1])\n";
        Support.Result r = traced(program);
        assertEquals("10 6 38\n", r.stdout(), r.stderr());
        for (String name : new String[]{"k", "kg", "g\\.<locals>\\.<listcomp>"}) {
            java.util.regex.Matcher done = java.util.regex.Pattern.compile("opt done\\s+engine=\\d+\\s+id=\\d+\\s+" + name + "\\s+\\|").matcher(r.stderr());
            int compilations = 0;
            while (done.find()) {
                compilations++;
            }
            assertEquals(1, compilations, name + " compiled once: " + r.stderr());
            assertEquals(false, java.util.regex.Pattern.compile("opt deopt\\s+engine=\\d+\\s+id=\\d+\\s+" + name + "\\s").matcher(r.stderr()).find(),
                            name + " not deoptimized: " + r.stderr());
        }
    }

    /**
     * A function that catches exceptions in a loop has its loops compiled by on-stack replacement once: catching
     * materializes the frame (its traceback entry), and Truffle recompiles an OSR loop compiled to run on a copy of the
     * frame at its next entry after any frame of that function was materialized, unless the function's first call
     * materialized it (PyRootNode.markCatchingFrame). Without that, w's first loop was compiled again in its second
     * call.
     */
    @Test
    void catchingFunctionLoopCompiledOnce() throws Exception {
        String program = "def w(n):\n    s = 0\n    for i in range(n):\n        s += i % 7\n"
                        + "    for i in range(50):\n        try:\n            raise KeyError(i)\n        except KeyError:\n            s += 1\n"
                        + "    return s\nprint(w(300000), w(300000))\n";
        Support.Result r = traced(program);
        assertEquals("900047 900047\n", r.stdout(), r.stderr());
        java.util.regex.Matcher done = java.util.regex.Pattern.compile("opt done\\s+engine=\\d+\\s+id=\\d+\\s+w<OSR").matcher(r.stderr());
        int compilations = 0;
        while (done.find()) {
            compilations++;
        }
        assertEquals(1, compilations, "w's loop compiled once: " + r.stderr());
    }

    /**
     * A generator body's loop iterations count towards compiling the body, as a function's do
     * (Generators.countIteration): a generator expression that filters 200,000 items in 201 resumes reaches the
     * compilation threshold of 1,000 calls and loop iterations, where its resumes alone would not.
     */
    @Test
    void generatorLoopIterationsCountTowardsCompilation() throws Exception {
        String program = "def f():\n    return sum(x for x in range(200000) if x % 1000 == 0)\nprint(f())\n";
        Support.Result r = traced(program, "--engine.SingleTierCompilationThreshold=1000", "--engine.DynamicCompilationThresholds=false");
        assertEquals("19900000\n", r.stdout(), r.stderr());
        assertTrue(java.util.regex.Pattern.compile("opt done\\s+engine=\\d+\\s+id=\\d+\\s+f\\.<locals>\\.<genexpr> \\(generator body\\)")
                        .matcher(r.stderr()).find(), "the generator body compiled: " + r.stderr());
    }

    /**
     * A loop that resumes the generators of one function calls the body directly (Iteration.ResumeNode), and the
     * body refuses to be inlined there (Generators.BodyRoot#prepareForCompilation): the consumer's compilation
     * leaves the call a call ("BailedOut" in the inlining trace), and the body is compiled on its own.
     */
    @Test
    void generatorBodyIsCalledNotInlined() throws Exception {
        String program = "def gen(n):\n    for i in range(n):\n        yield i\n"
                        + "def consume(n):\n    s = 0\n    for x in gen(n):\n        s += x\n    return s\n"
                        + "for _ in range(50):\n    t = consume(20000)\nprint(t)\n";
        Support.Result r = traced(program, "--compiler.TraceInlining=true");
        assertEquals("199990000\n", r.stdout(), r.stderr());
        String trace = r.stderr();
        assertTrue(java.util.regex.Pattern.compile("opt done\\s+engine=\\d+\\s+id=\\d+\\s+consume").matcher(trace).find(), "consume compiled: " + trace);
        assertTrue(java.util.regex.Pattern.compile("BailedOut\\s+gen \\(generator body\\)").matcher(trace).find(), "inlining refused: " + trace);
        assertFalse(java.util.regex.Pattern.compile("Inlined\\s+gen \\(generator body\\)").matcher(trace).find(), "the body inlined: " + trace);
        assertTrue(java.util.regex.Pattern.compile("opt done\\s+engine=\\d+\\s+id=\\d+\\s+gen \\(generator body\\)").matcher(trace).find(),
                        "the body compiled on its own: " + trace);
    }

    /**
     * An unpacking target compiles only the kinds of value it has unpacked (Variables.WriteUnpack's profile): two
     * nested loops over a range and a list of pairs, with an empty body, are at most 900 nodes after partial
     * evaluation (1,160 when every kind's path was compiled at every target; 804 with the profile; Truffle and Graal
     * 25.0.1).
     */
    @Test
    void unpackingTargetCompilesOnlyTheKindsItMet() throws Exception {
        String program = "def adv(pairs, steps):\n    for _ in range(steps):\n        for b, c in pairs:\n            pass\n"
                        + "bodies = [[1.0 + i, 2.0] for i in range(5)]\npairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]\n"
                        + "for rep in range(6):\n    adv(pairs, 200000)\nprint('ok')\n";
        Support.Result r = traced(program);
        assertEquals("ok\n", r.stdout(), r.stderr());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("opt done\\s+engine=\\d+\\s+id=\\d+\\s+adv<OSR@0>.*?\\|IR\\s+(\\d+)/").matcher(r.stderr());
        assertTrue(m.find(), "adv's loop compiled: " + r.stderr());
        int nodes = Integer.parseInt(m.group(1));
        assertTrue(nodes <= 900, "adv's loop is " + nodes + " nodes after partial evaluation: " + r.stderr());
    }

    /**
     * Runs {@code program} with {@code -c}, compilations traced and done in the foreground ({@code options} added),
     * so that the trace on stderr says what compiled and how big, whatever the machine's speed.
     */
    private static Support.Result traced(String program, String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(Support.script().toString(), "--engine.TraceCompilation=true",
                        "--engine.BackgroundCompilation=false"));
        args.addAll(List.of(options));
        return Support.run(concat(args, List.of("-c", program)), Support.root(), null, 300);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * {@code -O} drops assert statements and sets {@code __debug__} False, {@code -OO} also drops docstrings;
     * {@code sys.flags.optimize} counts them (expected output from python3 -O / -OO).
     */
    @Test
    void optimizeFlags() throws Exception {
        String program = "import sys\nprint(sys.flags.optimize, __debug__)\ndef f():\n    'doc'\nclass C:\n    'cdoc'\n"
                        + "print(f.__doc__, C.__doc__)\nassert False, 'boom'\nprint('after')\n";
        String[][] cases = {{"-O", "1 False\ndoc cdoc\nafter\n"}, {"-OO", "2 False\nNone None\nafter\n"}};
        for (String[] c : cases) {
            Support.Result r = Support.run(List.of(Support.script().toString(), c[0], "-c", program), Support.root(), null, 300);
            assertEquals(c[1], r.stdout(), "stdout with " + c[0] + ", stderr: " + r.stderr());
            assertEquals(0, r.status());
        }
        Support.Result plain = Support.run(List.of(Support.script().toString(), "-c", program), Support.root(), null, 300);
        assertEquals("0 True\ndoc cdoc\n", plain.stdout());
        assertEquals(1, plain.status());
    }

    /**
     * {@code -m MODULE} as CPython's runpy: the module runs as {@code __main__} with {@code sys.argv[0]} its file, a
     * package runs its {@code __main__} submodule after its {@code __init__}, and a module that cannot be found ends
     * with runpy's one-line message and status 1. Expected output from python3 -m in tests/src/test/resources/runmodule.
     */
    @Test
    void runModule() throws Exception {
        java.nio.file.Path dir = Support.root().resolve("tests/src/test/resources/runmodule");
        String exe = Support.script().toString();
        String[][] cases = {
            {"mod_args a b", "__main__ True True ['a', 'b']\n", "", "0"},
            {"mod_latin1", "caf\u00e9 __main__\n", "", "0"},
            {"pkg_main", "pkg_main imported as pkg_main\n__main__ pkg_main True\n", "", "0"},
            {"pkg_main.sub", "pkg_main imported as pkg_main\n__main__ pkg_main True\n", "", "0"},
            {"pkg_plain", "", exe + ": No module named pkg_plain.__main__; 'pkg_plain' is a package and cannot be directly executed\n", "1"},
            {"pkg_plain.nope", "", exe + ": No module named pkg_plain.nope\n", "1"},
            {"nope.sub", "", exe + ": Error while finding module specification for 'nope.sub' (ModuleNotFoundError: No module named 'nope')\n", "1"},
            {"mod_args.sub", "mod_args True False []\n", exe + ": Error while finding module specification for 'mod_args.sub' (ModuleNotFoundError:"
                            + " __path__ attribute not found on 'mod_args' while trying to find 'mod_args.sub')\n", "1"},
        };
        // a directory given as the script runs its __main__.py (python3 DIR); without one: runpy's message
        Support.Result d = Support.run(List.of(exe, "dirmain", "x"), dir, null, 300);
        assertEquals("__main__ ['dirmain', 'x'] True helper found\n", d.stdout(), () -> "stderr: " + d.stderr());
        assertEquals(0, d.status());
        Support.Result nd = Support.run(List.of(exe, "pkg_plain"), dir, null, 300);
        assertEquals(exe + ": can't find '__main__' module in '" + dir.resolve("pkg_plain") + "'\n", nd.stderr());
        assertEquals(1, nd.status());
        for (String[] c : cases) {
            java.util.List<String> cmd = new java.util.ArrayList<>(List.of(exe, "-m"));
            cmd.addAll(List.of(c[0].split(" ")));
            Support.Result r = Support.run(cmd, dir, null, 300);
            assertEquals(c[1], r.stdout(), "stdout of -m " + c[0]);
            assertEquals(c[2], r.stderr(), "stderr of -m " + c[0]);
            assertEquals(Integer.parseInt(c[3]), r.status(), "status of -m " + c[0]);
        }
    }

    /**
     * {@code -i} with standard input from a file: the interactive loop (not a script) over the pipe, prompts on
     * stderr, 'single' mode display of expression statements in loops; expected output from python3 -i (stderr
     * without the banner's version line).
     */
    /**
     * An allocation the JVM's heap cannot hold is a MemoryError that Python code can catch (here with a 256 MB
     * heap, which also checks that a user's -Xmx does not collide with the launcher's young generation: no JVM
     * warning on stderr).
     */
    @Test
    void memoryErrorWithSmallHeap() throws Exception {
        String program = "try:\n    x = [None] * (2**28)\nexcept MemoryError as e:\n    print('MemoryError', repr(e))\n"
                        + "def f():\n    return [None] * (2**28)\nf()\n";
        Support.Result r = Support.run(List.of(Support.script().toString(), "-c", program), Support.root(), null, 300,
                        java.util.Map.of("AUDITPY_JAVA_OPTS", "-Xmx256m"));
        assertEquals("MemoryError MemoryError()\n", r.stdout(), () -> "stderr: " + r.stderr());
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 7, in <module>\n"
                        + "  File \"<string>\", line 6, in f\nMemoryError\n", r.stderr());
        assertEquals(1, r.status());
    }

    @Test
    void interactiveOverPipe() throws Exception {
        java.nio.file.Path dir = Support.root().resolve("tests/src/test/resources/repl");
        Support.Result r = Support.run(List.of(Support.script().toString(), "-i"), dir, dir.resolve("piped.in"), 300);
        assertEquals(Support.read(dir.resolve("piped.out")), r.stdout());
        String err = r.stderr();
        assertEquals(Support.read(dir.resolve("piped.err")), err.substring(err.indexOf('\n') + 1));
        assertEquals(0, r.status());
    }

    /**
     * The interactive prompt over a pipe ({@code -qi}) parses as it reads, as CPython's: an error shows as soon as a
     * line has it, with its line and caret (a SyntaxError, IndentationError, TabError, a symbol table's error without
     * a line), a statement goes on while the parser wants more (brackets, triple-quoted strings, continuations,
     * blocks) and a compound statement ends at an empty line; the end of the input inside a statement. Expected
     * stdout and stderr recorded from {@code python3 -qi < syntax_errors.in}.
     */
    @Test
    void interactiveSyntaxErrors() throws Exception {
        java.nio.file.Path dir = Support.root().resolve("tests/src/test/resources/repl");
        Support.Result r = Support.run(List.of(Support.script().toString(), "-qi"), dir, dir.resolve("syntax_errors.in"), 300);
        assertEquals(Support.read(dir.resolve("syntax_errors.out")), r.stdout());
        assertEquals(Support.read(dir.resolve("syntax_errors.err")), r.stderr());
        assertEquals(0, r.status());
    }

    /**
     * The interactive loop after a program ({@code -i}, PYTHONINSPECT): it follows an uncaught exception, SystemExit
     * included (reported as any exception, as CPython's handle_system_exit does when inspecting), only on a terminal
     * or with -i; sys.flags.inspect and .interactive; a SystemExit at the prompt prints its message; -m of a namespace
     * package runs its __main__. Each case of
     * tests/src/test/resources/repl/inspect/cases.txt against what python3 printed there (record.py).
     */
    @Test
    void inspectAfterProgram() throws Exception {
        java.nio.file.Path dir = Support.root().resolve("tests/src/test/resources/repl/inspect");
        for (String line : Support.read(dir.resolve("cases.txt")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            String name = parts[0].strip();
            String env = parts[1].strip();
            List<String> words = new java.util.ArrayList<>(List.of(parts[2].strip().split(" ")));
            int c = words.indexOf("-c");
            if (c >= 0) {
                String command = String.join(" ", words.subList(c + 1, words.size()));
                words = new java.util.ArrayList<>(words.subList(0, c + 1));
                words.add(command);
            }
            java.nio.file.Path stdin = java.nio.file.Files.createTempFile("inspect", ".in");
            java.nio.file.Files.writeString(stdin, parts[3].strip().replace("\\n", "\n"));
            List<String> command = new java.util.ArrayList<>();
            command.add(Support.script().toString());
            command.addAll(words);
            java.util.Map<String, String> extra = new java.util.HashMap<>();
            if (!env.equals("-")) {
                extra.put(env.substring(0, env.indexOf('=')), env.substring(env.indexOf('=') + 1));
            }
            Support.Result r = Support.run(command, dir, stdin, 300, extra);
            java.nio.file.Files.delete(stdin);
            String here = dir.toString();
            assertEquals(Support.read(dir.resolve(name + ".out")), r.stdout().replace(here, "@DIR@"), name);
            // the program's name in launcher messages is recorded as python3 (record.py writes sys.executable so)
            assertEquals(Support.read(dir.resolve(name + ".err")), r.stderr().replace(Support.script().toString(), "python3").replace(here, "@DIR@"), name);
            assertEquals(Support.read(dir.resolve(name + ".status")).strip(), String.valueOf(r.status()), name);
        }
    }

    /**
     * {@code --help-env} and {@code --help-xoptions} print CPython 3.11's texts (recorded from python3 in
     * tests/src/test/resources/cli) with only auditpy's notes added: a line after an option it does not support,
     * a remark at the end of a line, its own -X options at the end. {@code --help-all} is --help, both and their
     * blank lines, and a help option ends the command line at once (what follows is not read).
     */
    @Test
    void helpEnvAndXoptions() throws Exception {
        java.nio.file.Path dir = Support.root().resolve("tests/src/test/resources/cli");
        String[] texts = new String[2];
        String[] names = {"help-env", "help-xoptions"};
        for (int k = 0; k < 2; k++) {
            Support.Result r = Support.run(List.of(Support.script().toString(), "--" + names[k], "-Z"), Support.root(), null, 300);
            assertEquals(0, r.status(), r.stderr());
            texts[k] = r.stdout();
            String withoutNotes = r.stdout().replaceAll("(?m)^ *auditpy: .*\n", "").replaceAll("  \\([^()]*auditpy\\)", "")
                            .replaceAll("(?s)\n\n-X audit=off.*", "\n");
            assertEquals(Support.read(dir.resolve(names[k] + ".cpython.txt")), withoutNotes, names[k]);
        }
        Support.Result help = Support.run(List.of(Support.script().toString(), "--help"), Support.root(), null, 300);
        Support.Result all = Support.run(List.of(Support.script().toString(), "--help-all"), Support.root(), null, 300);
        assertEquals(help.stdout() + "\n\n" + texts[0] + "\n\n" + texts[1], all.stdout());
    }

    /**
     * Errors writing standard output and error are the program's, as CPython's {@code _io} raises them: OSError with
     * the errno at the write or flush that failed (a full device: {@code /dev/full}; a pipe whose reader has gone:
     * BrokenPipeError), and status 120 when the final flush fails (Py_RunMain). Expected output, status, and where
     * stdout's bytes are kept or dropped, recorded from CPython 3.11 with the same shell commands (PYTHONUNBUFFERED
     * unset).
     */
    @Test
    void standardStreamWriteErrors() throws Exception {
        String tb = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n";
        String full = "OSError: [Errno 28] No space left on device\n";
        String ignored = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n";
        String[][] cases = {
            // block-buffered stdout: the final flush fails
            {"-c 'print(\"x\")' > /dev/full", "", ignored + full, "120"},
            // a write larger than the buffer fails at once, and its bytes are dropped
            {"-c 'print(\"x\" * 10000)' > /dev/full", "", tb + full, "1"},
            // a failed flush keeps the bytes: the final flush fails again
            {"-c 'import sys\nprint(\"x\")\ntry:\n    sys.stdout.flush()\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e.strerror, file=sys.stderr)' > /dev/full",
                "", "OSError 28 No space left on device\n" + ignored + full, "120"},
            {"-c 'import sys; print(\"x\"); sys.exit(3)' > /dev/full", "", ignored + full, "120"},
            // the reader of the pipe has gone
            {"-c 'for i in range(100000): print(i)' | head -1; exit ${PIPESTATUS[0]}", "0\n", tb + "BrokenPipeError: [Errno 32] Broken pipe\n", "1"},
            // os.write goes to the descriptor itself
            {"-c 'import os; os.write(1, b\"x\")' > /dev/full", "", tb + full, "1"},
            // -u: each write goes out, and nothing is owed at exit
            {"-u -c 'print(\"x\"); print(\"y\")' > /dev/full", "", tb + full, "1"},
            // stderr keeps what it failed to write: the final flush fails, silently
            {"-c 'import sys\ntry:\n    print(\"x\", file=sys.stderr)\nexcept OSError as e:\n    print(\"caught\", e)' 2>/dev/full",
                "caught [Errno 28] No space left on device\n", "", "120"},
            // closed: skipped by the final flush
            {"-c 'import sys; sys.stdout.close(); print(\"x\", file=sys.stderr)' > /dev/full", "", "x\n", "0"},
            // -c does not flush stdout before the traceback (a script does)
            {"-c 'print(\"x\", end=\"\"); 1/0' 2>&1", tb + "ZeroDivisionError: division by zero\nx", "", "1"},
        };
        for (String[] c : cases) {
            String command = "'" + Support.script() + "' " + c[0];
            Support.Result r = Support.run(List.of("bash", "-c", command), Support.root(), null, 300);
            assertEquals(c[1], r.stdout(), "stdout of " + c[0]);
            assertEquals(c[2], r.stderr(), "stderr of " + c[0]);
            assertEquals(Integer.parseInt(c[3]), r.status(), "status of " + c[0]);
        }
    }

    /**
     * The command line as the program sees it: -W options are processed at start-up (an invalid one is reported and
     * ignored), every -X option is in sys._xoptions (auditpy's own too), and sys.orig_argv is the command line from
     * the program's name on. Expected from CPython 3.11 (orig_argv[0] is its executable's name, so left out).
     */
    @Test
    void commandLineInSys() throws Exception {
        Support.Result r = Support.run(List.of(Support.script().toString(), "-W", "bogus", "-W", "ignore::Foo", "-X", "audit=off", "-X", "foo", "-c",
                        "import sys; print(sys.warnoptions, sys._xoptions, sys.orig_argv[1:])", "a"), Support.root(), null, 300);
        assertEquals("['bogus', 'ignore::Foo'] {'audit': 'off', 'foo': True} ['-W', 'bogus', '-W', 'ignore::Foo', '-X', 'audit=off', '-X', 'foo', "
                        + "'-c', 'import sys; print(sys.warnoptions, sys._xoptions, sys.orig_argv[1:])', 'a']\n", r.stdout());
        assertEquals("Invalid -W option ignored: invalid action: 'bogus'\nInvalid -W option ignored: unknown warning category: 'Foo'\n", r.stderr());
        assertEquals(0, r.status());
    }
    /**
     * The library's function bodies are built at their first call (auditpy.LazyLibraryBodies, NodeBuilder), so a
     * compiler error or SyntaxWarning of a body would only come then. Built at the import instead (the option
     * false), with warnings made errors, every module of the library imports: deferring their bodies loses nothing.
     */
    @Test
    void libraryModulesCompileWithoutWarnings() throws Exception {
        String program = "import os, sys\nroot = sys.argv[1]\nnames = []\n"
                        + "for d, dirs, files in os.walk(root):\n    for f in files:\n        if f.endswith('.py'):\n"
                        + "            rel = os.path.relpath(os.path.join(d, f), root)[:-3].split(os.sep)\n"
                        + "            if rel[-1] == '__init__':\n                rel.pop()\n            names.append('.'.join(rel))\n"
                        + "for n in sorted(names):\n    __import__(n)\nprint(len(names) > 50, 'os' in names, 'json.decoder' in names)\n";
        java.nio.file.Path lib = Support.root().resolve("stdlib-shims/src/main/python");
        Support.Result r = Support.run(List.of(Support.script().toString(), "--auditpy.LazyLibraryBodies=false", "-W", "error", "-c", program, lib.toString()),
                        Support.root(), null, 300);
        assertEquals("True True True\n", r.stdout(), r.stderr());
        assertEquals("", r.stderr());
        assertEquals(0, r.status());
    }

    /**
     * A library function's body is built at its first call, not at the import: a module in the library folder
     * whose function compares with {@code is} and a literal warns (SyntaxWarning) when built, and that warning
     * comes at the import only with auditpy.LazyLibraryBodies=false. Called, the deferred function runs.
     */
    @Test
    void libraryFunctionBodiesAreBuiltAtFirstCall() throws Exception {
        java.nio.file.Path lib = java.nio.file.Files.createTempDirectory("auditpy-lib");
        try {
            java.nio.file.Path shipped = Support.root().resolve("stdlib-shims/src/main/python");
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(shipped)) {
                for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) files::iterator) {
                    java.nio.file.Path to = lib.resolve(shipped.relativize(p).toString());
                    if (java.nio.file.Files.isDirectory(p)) {
                        java.nio.file.Files.createDirectories(to);
                    } else {
                        java.nio.file.Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            java.nio.file.Files.writeString(lib.resolve("auditpy_lazy_probe.py"), "def same(x):\n    return x is 1\n");
            String program = "import auditpy_lazy_probe\nprint('imported', flush=True)\nprint(auditpy_lazy_probe.same(1))\n";
            Support.Result lazy = Support.run(List.of(Support.script().toString(), "--auditpy.Stdlib=" + lib, "-c", program), Support.root(), null, 300);
            assertEquals("imported\nTrue\n", lazy.stdout(), lazy.stderr());
            assertEquals("", lazy.stderr(), "no warning: the body was not built at the import");
            Support.Result eager = Support.run(List.of(Support.script().toString(), "--auditpy.Stdlib=" + lib, "--auditpy.LazyLibraryBodies=false", "-c", program),
                            Support.root(), null, 300);
            assertEquals("imported\nTrue\n", eager.stdout(), eager.stderr());
            assertTrue(eager.stderr().contains("auditpy_lazy_probe.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?"), eager.stderr());
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(lib)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
