package io.threadlab.experiment.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts child JVMs from the same java binary and class path as this one, and makes sure
 * none outlives it: every child is tracked and killed at JVM exit.
 */
public final class ChildJvm {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "kill-workers"));
    }

    private ChildJvm() {}

    public static List<String> command(String... args) {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:+UseSerialGC", "-Xmx512m",
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), WorkerMain.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    public static Process start(String... args) throws java.io.IOException {
        Process p = new ProcessBuilder(command(args)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
        return p;
    }

    public static void kill(Process p) {
        p.destroyForcibly();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(p);
    }

    /** Children still alive, for tests and leak checks. */
    public static int live() {
        return (int) LIVE.stream().filter(Process::isAlive).count();
    }
}
