package io.threadlab;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.threadlab.experiment.strategy.Stragglers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything a test could leave running: every thread of this JVM, virtual ones included
 * (only a thread dump lists those), and every descendant process. A leak is what is alive
 * after a test and was not before it. The JDK's own shared helpers (the common pool, the
 * virtual-thread scheduler's carriers, process reapers) are not leaks: they outlive any
 * single use by design and are shared by the whole JVM.
 */
public final class Leaks {
    private static final Pattern THREAD = Pattern.compile(
            "\"tid\": \"(\\d+)\",\\s*\"time\": \"[^\"]*\",\\s*(\"virtual\": true,\\s*)?\"name\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    /** The JDK's I/O pollers for virtual threads, started on first use and kept. */
    private static final Pattern JDK_POLLER = Pattern.compile("(Sub|Master|Read-|Write-)Poller(-\\d+)?");
    private static final Set<String> JDK_SINGLETONS = Set.of("CompletableFutureDelayScheduler", "Attach Listener",
            "process reaper", "VirtualThread-unblocker", "VirtualThread-unparker");

    private Leaks() {}

    /** What is alive now: threads by id (with a readable name) and descendant process ids. */
    public record Snapshot(Map<Long, String> threads, Set<Long> processes, Set<String> workingDir) {}

    /** Names in the working directory (the checkout, under Maven): a command given a relative path writes there. */
    private static Set<String> workingDir() {
        try (var names = Files.list(Path.of("").toAbsolutePath())) {
            return names.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Snapshot snapshot() {
        quiet();
        Map<Long, Thread> platform = new HashMap<>();
        Thread.getAllStackTraces().keySet().forEach(t -> platform.put(t.threadId(), t));
        Map<Long, String> threads = new HashMap<>();
        Matcher m = THREAD.matcher(threadDump());
        while (m.find()) {
            long tid = Long.parseLong(m.group(1));
            boolean virtual = m.group(2) != null;
            Thread t = platform.get(tid);
            if (virtual ? JDK_POLLER.matcher(m.group(3)).matches() : t == null || jdkHelper(t)) {
                continue;
            }
            threads.put(tid, (virtual ? "virtual thread '" : "thread '") + m.group(3) + "'");
        }
        Set<Long> processes = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).collect(Collectors.toSet());
        return new Snapshot(threads, processes, workingDir());
    }

    /**
     * Waits (up to 5 s) until no cancelled run's virtual threads are still ending. JDK 25's
     * thread dump can crash the JVM when it meets a virtual thread that is mounting or
     * unmounting (JDK-8364343, JDK-8392031): seen once here, in a Ctrl-C trial whose
     * stragglers were still unwinding. A straggler that outlives the wait is still reported,
     * as a leak, by the dump that follows.
     */
    private static void quiet() {
        long end = System.nanoTime() + 5_000_000_000L;
        while (Stragglers.pending() && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean jdkHelper(Thread t) {
        String type = t.getClass().getName();
        return type.equals("jdk.internal.misc.CarrierThread") || type.equals("jdk.internal.misc.InnocuousThread")
                || (t instanceof ForkJoinWorkerThread w && w.getPool() == ForkJoinPool.commonPool())
                || JDK_SINGLETONS.contains(t.getName()) || t.getName().endsWith("-delayScheduler") && t.isDaemon();
    }

    private static String threadDump() {
        try {
            Path dir = Files.createTempDirectory("threadlab-leaks-");
            Path file = dir.resolve("threads.json");
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                return Files.readString(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is alive now and was not in {@code before}, after waiting up to {@code millis} for it to end. */
    public static List<String> leftSince(Snapshot before, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (true) {
            List<String> left = new ArrayList<>();
            Snapshot now = snapshot();
            now.threads().forEach((tid, name) -> {
                if (!before.threads().containsKey(tid)) {
                    left.add(name);
                }
            });
            for (long pid : now.processes()) {
                if (!before.processes().contains(pid)) {
                    left.add("process " + pid + " (" + ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("?") + ")");
                }
            }
            for (String name : now.workingDir()) {
                if (!before.workingDir().contains(name)) {
                    left.add("file '" + name + "' in the working directory");
                }
            }
            if (left.isEmpty() || System.nanoTime() > end) {
                return left;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return left;
            }
        }
    }

    /** Kills the processes that appeared since {@code before}, so that a leak fails one test, not its neighbours. */
    public static void killSince(Snapshot before) {
        ProcessHandle.current().descendants().filter(p -> !before.processes().contains(p.pid()))
                .forEach(ProcessHandle::destroyForcibly);
    }
}
