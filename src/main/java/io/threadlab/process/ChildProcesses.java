package io.threadlab.process;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The child processes (JVMs, CPython) that one run, or one check, starts. It owns them: {@link #close} kills every
 * one, with whatever they started in turn, and waits until they are gone. Nothing is shared
 * between owners, so one run's leftovers can never be counted or killed by another. A
 * JVM-wide shutdown hook kills every descendant, so none outlives the shell either.
 */
public final class ChildProcesses implements AutoCloseable {
    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly), "kill-children"));
    }

    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public static String java() {
        return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    }

    /** Starts a child JVM from this JVM's own java binary. */
    public Process launch(List<String> jvmFlags, String classPath, String mainClass, List<String> args,
                          ProcessBuilder.Redirect stderr) throws IOException {
        return launchIn(null, jvmFlags, classPath, mainClass, args, stderr);
    }

    /** The same, with {@code dir} (if not null) as the child's working directory. */
    public Process launchIn(java.nio.file.Path dir, List<String> jvmFlags, String classPath, String mainClass,
                            List<String> args, ProcessBuilder.Redirect stderr) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xshare:auto", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-cp", classPath, mainClass));
        cmd.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(stderr);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        return start(builder);
    }

    /** Starts any program as a child of this owner: killed with it, and by the shutdown hook. */
    public Process start(ProcessBuilder builder) throws IOException {
        Process p = builder.start();
        live.add(p);
        p.onExit().thenRun(() -> live.remove(p));
        if (closed) { // closed (cancelled) while this one was starting
            kill(p);
            throw new CancellationException("stopped while starting a child process");
        }
        return p;
    }

    /** A JVM that starts and exits at once: the bare cost of a process. */
    public Process startEmpty() throws IOException {
        return launch(List.of("-Xmx64m"), System.getProperty("java.class.path"), EmptyMain.class.getName(), List.of(),
                ProcessBuilder.Redirect.DISCARD);
    }

    /** Children of this owner still alive. */
    public int live() {
        return (int) live.stream().filter(Process::isAlive).count();
    }

    /** Kills every child (and their children) and waits for them; later launches are refused. */
    @Override
    public void close() {
        closed = true;
        live.forEach(ChildProcesses::kill);
    }

    /**
     * Kills a process and its descendants and waits (up to 2 s) until it is gone, even if this
     * thread is being interrupted by a Ctrl-C: a cancelled run must not return while its
     * children still live.
     */
    public static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        boolean interrupted = false;
        long end = System.nanoTime() + 2_000_000_000L;
        while (p.isAlive() && System.nanoTime() < end) {
            try {
                p.waitFor(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
