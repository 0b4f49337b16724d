package io.threadlab.core;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where the details of a failure go: {@code threadlab.log} in the data dir. Stack traces never
 * reach the learner's screen; one line says what happened and where the details are.
 */
public final class CrashLog {
    private static volatile Path dir;

    private CrashLog() {}

    /** Set once the data dir is known; before that, the temp dir serves. */
    public static void useDir(Path dataDir) {
        dir = dataDir;
    }

    /** Appends the failure and returns where it went (or a note that the log cannot be written). */
    public static String record(String context, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Path folder = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
        Path log = folder.resolve("threadlab.log");
        try {
            Files.createDirectories(folder);
            Files.writeString(log, Instant.now() + " " + context + "\n" + trace + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log.toString();
        } catch (IOException | RuntimeException ignored) {
            return "an unwritable log at " + log;
        }
    }

    /** For the JVM's default handler: a failure on a thread no command owns. */
    public static void uncaught(Thread thread, Throwable e) {
        String where = record("uncaught in thread " + thread.getName(), e);
        System.err.println("threadlab: internal error in thread '" + thread.getName() + "': " + e
                + " (details in " + where + ")");
    }
}
