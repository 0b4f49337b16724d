package io.threadlab.exercise.api;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child JVM's main: runs one {@link Check} against the learner's classes and reports a
 * verdict on stdout, in lines that carry the nonce the shell wrote to stdin (see
 * {@link CheckProtocol}). A watchdog turns a hang into a verdict with a thread dump, marking the
 * threads in a deadlock; a shutdown hook catches {@code System.exit} from the learner's code.
 * Whatever the verdict, every process the learner's code started is killed before this JVM ends.
 */
public final class CheckMain {
    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    private static volatile boolean reported;
    private static String nonce = "";

    private CheckMain() {}

    public static void main(String[] args) throws Exception {
        String checkClass = args[0];
        long deadlineMillis = Long.parseLong(args[1]);
        nonce = readNonce();
        // The learner's code reads an empty stdin, never the nonce.
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        Subreaper.become();
        // Before any learner class loads: from here on, this JVM writes only in the check's folder.
        Sandbox.confineWritesTo(java.nio.file.Path.of(System.getProperty("user.dir")));
        Runtime.getRuntime().addShutdownHook(new Thread(CheckMain::exitedEarly, "exit-watch"));
        Thread watchdog = Thread.ofPlatform().daemon(true).name("watchdog").unstarted(() -> watch(deadlineMillis));
        watchdog.start();
        Thread check = Thread.ofPlatform().name("main-check").unstarted(() -> runCheck(checkClass));
        check.start();
        check.join();
        end(0);
    }

    private static String readNonce() throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = System.in.read()) >= 0 && c != '\n' && sb.length() < 64) {
            sb.append((char) c);
        }
        return sb.toString();
    }

    /** Kills what the learner's code started (see {@link Subreaper}), then ends this JVM at once. */
    private static void end(int status) {
        Subreaper.killDescendants();
        Runtime.getRuntime().halt(status);
    }

    private static void runCheck(String checkClass) {
        try {
            Check check = (Check) Class.forName(checkClass).getDeclaredConstructor().newInstance();
            String how = check.run();
            report(CheckProtocol.Kind.PASS, how);
        } catch (Failure f) {
            report(CheckProtocol.Kind.FAIL, f.getMessage());
        } catch (java.lang.reflect.InvocationTargetException e) {
            report(CheckProtocol.Kind.FAIL, describe(e.getCause()));
        } catch (Throwable e) {
            report(CheckProtocol.Kind.FAIL, describe(e));
        }
    }

    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "your code ran out of memory (the check's heap is capped at 256 MB)" + where(e);
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow: a method calls itself without end" + where(e);
        }
        return "your code threw " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where(e);
    }

    /** The first frame in the learner's own files (classes in the default package). */
    private static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (!frame.getClassName().contains(".") && frame.getFileName() != null && !frame.getClassName().startsWith("Check")) {
                return " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return "";
    }

    private static synchronized void report(CheckProtocol.Kind kind, String text) {
        if (reported) {
            return;
        }
        reported = true;
        // One write, starting on a fresh line even if the learner's last output had no newline.
        StringBuilder block = new StringBuilder("\n");
        for (String line : text.split("\n")) {
            block.append(CheckProtocol.line(nonce, kind, line)).append('\n');
        }
        OUT.print(block);
        OUT.flush();
    }

    /** How often the watchdog asks the JVM's deadlock detector: a deadlock is reported within this. */
    private static final long DEADLOCK_POLL_MILLIS = 100;

    private static void watch(long deadlineMillis) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long deadline = start + deadlineMillis * 1_000_000L;
        // A deadlock never resolves itself, so say so as soon as the JVM sees one rather than at the deadline.
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(Math.min(DEADLOCK_POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                return;
            }
            long[] found = mx.findDeadlockedThreads();
            if (found != null) {
                List<String> lines = new ArrayList<>();
                lines.add(String.format(java.util.Locale.ROOT, "deadlock after %.1f s: each of these threads holds a lock"
                        + " that another one waits for, so none of them can go on", (System.nanoTime() - start) / 1e9));
                for (ThreadInfo info : mx.getThreadInfo(found, true, true)) {
                    lines.addAll(describe(info));
                }
                report(CheckProtocol.Kind.FAIL, String.join("\n", lines));
                end(1);
            }
        }
        long[] deadlocked = mx.findDeadlockedThreads();
        List<String> lines = new ArrayList<>();
        String seconds = String.format("%.0f s", deadlineMillis / 1000.0);
        if (deadlocked != null) {
            lines.add("timed out after " + seconds + "; it is a deadlock: these threads each wait for a lock another holds:");
            for (ThreadInfo info : mx.getThreadInfo(deadlocked, true, true)) {
                lines.addAll(describe(info));
            }
        } else {
            lines.add("timed out after " + seconds + "; it looks like a deadlock or an endless loop: the stuck threads follow");
            int shown = 0;
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                Thread t = e.getKey();
                // Daemon threads count too: pools such as CompletableFuture's run learner code on them.
                if (t == Thread.currentThread() || !inLearnerCode(e.getValue())) {
                    continue;
                }
                lines.add("  thread \"" + t.getName() + "\" (" + t.getState() + ")");
                lines.addAll(frames(e.getValue()));
                shown++;
            }
            if (shown == 0) {
                lines.add("  (no thread was inside your code at that moment: it may be waiting for something that never happens)");
            }
        }
        report(CheckProtocol.Kind.TIMEOUT, String.join("\n", lines));
        end(3);
    }

    private static List<String> describe(ThreadInfo info) {
        List<String> lines = new ArrayList<>();
        String holds = java.util.Arrays.stream(info.getLockedMonitors())
                .map(m -> m.getClassName().replaceAll(".*\\.", "") + "@" + Integer.toHexString(m.getIdentityHashCode()))
                .collect(java.util.stream.Collectors.joining(", "));
        lines.add("  thread \"" + info.getThreadName() + "\"" + (holds.isEmpty() ? "" : " holds " + holds + " and")
                + " waits for " + info.getLockName().replaceAll(".*\\.", "")
                + (info.getLockOwnerName() == null ? "" : ", held by \"" + info.getLockOwnerName() + "\""));
        lines.addAll(frames(info.getStackTrace()));
        return lines;
    }

    private static boolean inLearnerCode(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (!f.getClassName().contains(".") && !f.getClassName().startsWith("Check")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> frames(StackTraceElement[] stack) {
        List<String> lines = new ArrayList<>();
        int shown = 0;
        for (StackTraceElement f : stack) {
            if (shown >= 6) {
                break;
            }
            boolean learner = !f.getClassName().contains(".");
            if (learner || shown < 2) {
                lines.add("      at " + f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")");
                shown++;
            }
        }
        return lines;
    }

    /** A learner's System.exit runs the shutdown hooks: say where it was called from. */
    private static void exitedEarly() {
        try {
            reportExit();
        } finally {
            Subreaper.killDescendants();
        }
    }

    private static void reportExit() {
        if (reported) {
            return;
        }
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = e.getValue();
            for (int i = 0; i < stack.length; i++) {
                if (stack[i].getClassName().equals("java.lang.System") && stack[i].getMethodName().equals("exit")) {
                    for (int j = i + 1; j < stack.length; j++) {
                        if (!stack[j].getClassName().contains(".")) {
                            report(CheckProtocol.Kind.FAIL, "your code called System.exit at " + stack[j].getFileName() + ":"
                                    + stack[j].getLineNumber() + ", which ends the whole JVM; return or throw instead");
                            return;
                        }
                    }
                }
            }
        }
        report(CheckProtocol.Kind.FAIL, "the JVM exited before the check finished; does your code call System.exit?");
    }
}
