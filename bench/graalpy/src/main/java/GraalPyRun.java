import java.io.File;
import java.util.Arrays;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs a Python file on GraalPy (community, JVM mode) the way `python3 FILE ARGS...` would.
 *   GraalPyRun --impl              prints the Truffle runtime name (must not be "Interpreted")
 *   GraalPyRun -c CODE [ARGS...]   runs a command string
 *   GraalPyRun FILE [ARGS...]      runs a script, sys.argv = [FILE, ARGS...]
 */
public final class GraalPyRun {
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: GraalPyRun --impl | -c CODE [args...] | FILE [args...]");
            System.exit(2);
        }
        if (args[0].equals("--impl")) {
            try (Engine engine = Engine.create()) {
                System.out.println(engine.getImplementationName());
            }
            return;
        }
        Source source;
        String[] argv;
        if (args[0].equals("-c")) {
            if (args.length < 2) {
                System.err.println("Argument expected for the -c option");
                System.exit(2);
            }
            source = Source.newBuilder("python", args[1], "<string>").build();
            argv = new String[args.length - 1];
            argv[0] = "-c";
            System.arraycopy(args, 2, argv, 1, args.length - 2);
        } else {
            source = Source.newBuilder("python", new File(args[0])).build();
            argv = args;
        }
        int status = 0;
        try (Context context = Context.newBuilder("python")
                .allowAllAccess(true)
                .option("engine.WarnInterpreterOnly", "true")
                .option("python.ForceImportSite", "false")
                .arguments("python", argv)
                .build()) {
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    status = e.getExitStatus();
                } else {
                    if (e.isGuestException()) {
                        System.err.println(e.getMessage());
                        for (var frame : e.getPolyglotStackTrace()) {
                            if (frame.isGuestFrame()) {
                                System.err.println("  at " + frame);
                            }
                        }
                    } else {
                        e.printStackTrace();
                    }
                    status = 1;
                }
            }
        }
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }
}
