package io.threadlab;

import io.threadlab.launcher.Launcher;

/** Entry point of the jar; see {@link Launcher}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // No stack trace ever reaches the learner's screen, from any thread; the dispatcher
        // logs command failures to the data dir, and anything else is dropped here.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> { });
        int status = Launcher.run(args);
        // Exit even if a library left a non-daemon thread behind; the work is done.
        System.exit(status);
    }
}
