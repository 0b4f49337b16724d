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

    /**
     * COLUMNS when the calling shell exports it; else, on a terminal, its real width (bash
     * does not export COLUMNS, so a one-shot command in a wide terminal would wrap at 80);
     * else 80.
     */
    static int columns() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        return stdoutIsTerminal() ? ttyColumns().orElse(80) : 80;
    }

    /** Asks the terminal through stty (a few milliseconds), without loading a terminal library. */
    private static java.util.OptionalInt ttyColumns() {
        java.io.File tty = new java.io.File("/dev/tty");
        if (!tty.canRead()) {
            return java.util.OptionalInt.empty();
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(stty.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            if (stty.waitFor() == 0 && answer.matches("\\d{1,4} \\d{2,4}")) {
                return java.util.OptionalInt.of(Integer.parseInt(answer.substring(answer.indexOf(' ') + 1)));
            }
        } catch (java.io.IOException e) {
            // no stty here: keep the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return java.util.OptionalInt.empty();
    }
}
