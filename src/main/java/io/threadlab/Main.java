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
        int status;
        try {
            status = Launcher.run(args);
        } catch (RuntimeException | Error e) {
            // Whatever went wrong, one line says so: never a silent exit, never a trace.
            System.err.println("threadlab: internal error: " + e + " (details in " + CrashLog.record("start-up", e) + ")");
            status = 1;
        }
        // Exit even if a library left a non-daemon thread behind; the work is done.
        System.exit(status);
    }
}
