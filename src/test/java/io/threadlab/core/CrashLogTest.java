package io.threadlab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure on a thread no command owns: one line on stderr, the trace in the data dir's log. */
class CrashLogTest {
    @TempDir
    Path data;

    @Test
    void anUncaughtErrorIsLoggedAndNamedInOneLine() throws Exception {
        CrashLog.useDir(data);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Thread t = Thread.ofPlatform().name("helper").unstarted(() -> {
                throw new IllegalStateException("boom");
            });
            t.setUncaughtExceptionHandler(CrashLog::uncaught);
            t.start();
            t.join();
        } finally {
            System.setErr(saved);
        }
        String line = err.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("threadlab: internal error in thread 'helper': java.lang.IllegalStateException: boom (details in "
                + data.resolve("threadlab.log") + ")"), line);
        assertTrue(line.strip().lines().count() == 1, "one line: " + line);
        String log = Files.readString(data.resolve("threadlab.log"));
        assertTrue(log.contains("uncaught in thread helper") && log.contains("at io.threadlab.core.CrashLogTest"), log);
    }
}
