package io.threadlab;

import io.threadlab.launcher.Launcher;

/** Entry point of the jar; see {@link Launcher}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int status = Launcher.run(args);
        // Exit even if a library left a non-daemon thread behind; the work is done.
        System.exit(status);
    }
}
