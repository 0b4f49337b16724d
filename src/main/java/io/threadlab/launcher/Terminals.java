package io.threadlab.launcher;

import java.io.Console;

/**
 * Cheap facts about the standard streams, without starting a terminal library.
 * {@link System#console()} is a terminal only when both stdin and stdout are ttys, which
 * is exactly when the interactive shell and colour are wanted.
 */
final class Terminals {
    private Terminals() {}

    static boolean stdinIsTerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }

    static boolean stdoutIsTerminal() {
        return stdinIsTerminal();
    }

    /** COLUMNS when the calling shell exports it, else 80. */
    static int columns() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        return 80;
    }
}
