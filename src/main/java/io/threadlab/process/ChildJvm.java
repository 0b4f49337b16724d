package io.threadlab.process;

import io.threadlab.experiment.process.WorkerMain;

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

    public static String java() {
        return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    }

    /** A worker JVM for the experiments: this JVM's class path, {@link WorkerMain}. */
    public static Process start(String... args) throws java.io.IOException {
        return launch(List.of("-Xmx512m"), System.getProperty("java.class.path"), WorkerMain.class.getName(), List.of(args),
                ProcessBuilder.Redirect.DISCARD);
    }

    /** Any child JVM, tracked so it dies with this one. */
    public static Process launch(List<String> jvmFlags, String classPath, String mainClass, List<String> args,
                                 ProcessBuilder.Redirect stderr) throws java.io.IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xshare:auto", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-cp", classPath, mainClass));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(stderr).start();
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
        return p;
    }

    /**
     * Kills a child and waits (up to 2 s) until it is gone, even if this thread is being
     * interrupted by a Ctrl-C: a cancelled run must not return while its workers still live.
     */
    public static void kill(Process p) {
        p.destroyForcibly();
        boolean interrupted = false;
        long end = System.nanoTime() + 2_000_000_000L;
        while (p.isAlive() && System.nanoTime() < end) {
            try {
                p.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Children still alive, for tests and leak checks. */
    public static int live() {
        return (int) LIVE.stream().filter(Process::isAlive).count();
    }
}
