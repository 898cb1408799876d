package org.auditpy.launcher;

import java.io.IOException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt: reads lines with JLine ({@code >>> } and {@code ... } prompts) and gives the language
 * the statement read so far after each one, which parses it as CPython's interactive loop does while it reads (a
 * statement goes on while the parser wants tokens past its last line; a compound statement ends at an empty line;
 * an error shows as soon as a line has it), runs whole ones in {@code __main__} and shows values through
 * {@code sys.displayhook} (repr, and {@code builtins._}), as CPython's REPL does.
 */
final class Repl {
    private Repl() {
    }

    /** Where the loop's lines come from: JLine on a terminal, else standard input as it is. */
    private interface Lines {
        /** The next line, without its end; the prompt goes to stderr first. Throws EndOfFileException at the end. */
        String readLine(String prompt);
    }

    /**
     * Lines of a standard input that is not a terminal ({@code auditpy -i < file}): CPython's PyOS_StdioReadline,
     * which writes each prompt to stderr and reads stdin without line editing.
     */
    private static Lines plainLines() {
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        return prompt -> {
            System.err.print(prompt);
            System.err.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                throw new EndOfFileException();
            }
            return line;
        };
    }

    static int run(Context context, Main.Config config) {
        Terminal terminal = null;
        Lines reader;
        if (Main.stdinIsTty()) {
            // the language's SIGINT handler (KeyboardInterrupt in a running statement), taken before JLine's own
            context.initialize(Main.LANG);
            sun.misc.SignalHandler sigint = currentSigintHandler();
            try {
                terminal = TerminalBuilder.builder().system(true).build();
            } catch (IOException e) {
                System.err.println("auditpy: cannot open the terminal: " + e.getMessage());
                return 1;
            }
            if (sigint != null) {
                // JLine owns SIGINT while the terminal is open: Ctrl-C at the prompt is its UserInterruptException,
                // and between prompts (a statement running) it goes on to the language
                terminal.handle(Terminal.Signal.INT, s -> sigint.handle(new sun.misc.Signal("INT")));
            }
            LineReader lineReader = LineReaderBuilder.builder().terminal(terminal).appName("auditpy")
                            .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                            .option(LineReader.Option.INSERT_TAB, true).build();
            reader = lineReader::readLine;
        } else {
            reader = plainLines();
        }
        try {
            if (config.flags.indexOf("q") < 0 && config.mode == Main.Mode.REPL) {
                System.err.println(Main.VERSION + " (auditpy 0.1 on " + context.getEngine().getImplementationName() + ")");
                System.err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
            }
            // PYTHONSTARTUP, sys.__interactivehook__ and cpython.run_stdin, as CPython's pymain_run_stdin / pymain_repl
            String startup = config.mode == Main.Mode.REPL && !config.ignoreEnvironment ? System.getenv("PYTHONSTARTUP") : null;
            try {
                context.eval(Source.newBuilder(Main.LANG, startup == null ? "" : startup, config.mode == Main.Mode.REPL ? "stdin" : "inspect")
                                .mimeType(Main.MIME_INTERACTIVE_START).buildLiteral());
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                report(context, e);
            }
            // the statement read so far: the language parses it after each line and says whether it goes on
            StringBuilder buffer = new StringBuilder();
            while (true) {
                String line;
                try {
                    line = reader.readLine(prompt(context, buffer.isEmpty()));
                } catch (UserInterruptException e) {
                    System.err.println("\nKeyboardInterrupt");
                    buffer.setLength(0);
                    continue;
                } catch (EndOfFileException e) {
                    if (!buffer.isEmpty()) {
                        // the end of the input inside a statement: CPython's line end where the prompts go, then the
                        // statement as it is (run, or its error shown), and the next prompt meets the end again
                        System.err.println();
                        String text = buffer.toString();
                        buffer.setLength(0);
                        Integer status = evalStatement(context, text, Main.MIME_INTERACTIVE_END);
                        if (status != null) {
                            return status;
                        }
                        continue;
                    }
                    // the parser started to read the next statement: its compile event
                    Integer status = evalStatement(context, "", Main.MIME_INTERACTIVE_END);
                    if (status != null) {
                        return status;
                    }
                    // as CPython, the line end after the last prompt goes where the prompts go
                    System.err.println();
                    return 0;
                }
                if (buffer.isEmpty() && (line.isBlank() || line.stripLeading().startsWith("#"))) {
                    // CPython's tokenizer lets a first line of blanks or a comment through as a lone NEWLINE
                    continue;
                }
                buffer.append(line).append('\n');
                String text = buffer.toString();
                Boolean[] goesOn = {false};
                Integer status = evalStatement(context, text, Main.MIME_INTERACTIVE, goesOn);
                if (status != null) {
                    return status;
                }
                if (!goesOn[0]) {
                    buffer.setLength(0);
                }
                System.out.flush();
            }
        } finally {
            try {
                if (terminal != null) {
                    terminal.close();
                }
            } catch (IOException e) {
                // leaving anyway
            }
        }
    }

    /** str(sys.ps1) for a new statement, else str(sys.ps2), read before each line as CPython's loop does. */
    private static String prompt(Context context, boolean first) {
        try {
            return context.eval(Source.newBuilder(Main.LANG, first ? "1" : "2", "<prompt>").mimeType(Main.MIME_PROMPT).buildLiteral()).asString();
        } catch (PolyglotException e) {
            return first ? ">>> " : "... ";
        }
    }

    private static Integer evalStatement(Context context, String text, String mime) {
        return evalStatement(context, text, mime, new Boolean[1]);
    }

    /**
     * Evaluates the statement read so far ({@code mime} {@link Main#MIME_INTERACTIVE}, or
     * {@link Main#MIME_INTERACTIVE_END} at the end of the input); {@code goesOn[0]} is set when it goes on in the
     * next line. Returns the exit status when the program exits (SystemExit), else null.
     */
    private static Integer evalStatement(Context context, String text, String mime, Boolean[] goesOn) {
        try {
            org.graalvm.polyglot.Value done = context.eval(Source.newBuilder(Main.LANG, text, "<stdin>").mimeType(mime).buildLiteral());
            goesOn[0] = done.isBoolean() && !done.asBoolean();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            report(context, e);
        }
        return null;
    }

    /** The JVM's current handler of SIGINT (the language's), or null if it cannot be had. */
    private static sun.misc.SignalHandler currentSigintHandler() {
        try {
            sun.misc.Signal sig = new sun.misc.Signal("INT");
            sun.misc.SignalHandler current = sun.misc.Signal.handle(sig, s -> {
            });
            sun.misc.Signal.handle(sig, current);
            return current == sun.misc.SignalHandler.SIG_DFL || current == sun.misc.SignalHandler.SIG_IGN ? null : current;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Prints a guest exception as CPython's traceback (from the polyglot stack: frames outermost first). */
    private static void report(Context context, PolyglotException e) {
        System.out.flush();
        if (e.isInternalError() || e.isHostException()) {
            System.err.println("SystemError: " + e.getMessage());
            return;
        }
        if (!e.isSyntaxError()) {
            java.util.List<String> frames = new java.util.ArrayList<>();
            for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
                if (!f.isGuestFrame() || f.getRootName() == null || f.getSourceLocation() == null) {
                    continue;
                }
                var loc = f.getSourceLocation();
                String name = loc.getSource().getName();
                if (name == null || name.equals("Unnamed")) {
                    name = "<stdin>";
                }
                String root = f.getRootName();
                StringBuilder sb = new StringBuilder("  File \"").append(name).append("\", line ").append(loc.getStartLine()).append(", in ").append(root);
                if (loc.isAvailable() && loc.getSource().hasCharacters() && loc.getStartLine() <= loc.getSource().getLineCount()) {
                    String text = loc.getSource().getCharacters(loc.getStartLine()).toString().strip();
                    if (!text.isEmpty()) {
                        sb.append("\n    ").append(text);
                    }
                }
                frames.add(0, sb.toString());
            }
            if (!frames.isEmpty()) {
                System.err.println("Traceback (most recent call last):");
                for (String f : frames) {
                    System.err.println(f);
                }
            }
        }
        System.err.println(e.getMessage());
    }
}
