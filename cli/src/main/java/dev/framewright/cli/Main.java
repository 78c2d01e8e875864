package dev.framewright.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;

/** {@code java -jar videogen.jar …}: runs the CLI and exits with its exit code (see {@link ExitCodes}). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = Cli.run(args, System.getenv(), out, err, stderrIsTerminal());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Whether stderr is an interactive terminal, so that the progress bar may redraw one line. Java
     * 22+ has {@code Console.isTerminal()}; before it, a console exists only on a terminal.
     */
    static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
