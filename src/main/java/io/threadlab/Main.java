package io.threadlab;

import io.threadlab.core.CrashLog;
import io.threadlab.launcher.Launcher;

/** Entry point of the jar; see {@link Launcher}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // No stack trace ever reaches the learner's screen, from any thread: the details go to
        // the crash log in the data dir, and one line says where.
        Thread.setDefaultUncaughtExceptionHandler(CrashLog::uncaught);
        int status = Launcher.run(args);
        // Exit even if a library left a non-daemon thread behind; the work is done.
        System.exit(status);
    }
}
