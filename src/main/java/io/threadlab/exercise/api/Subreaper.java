package io.threadlab.exercise.api;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps every process the learner's code starts inside the check JVM's tree, so that it can be
 * killed. Without this, a process whose parent exits (a shell's {@code sleep &}, or a child of a
 * child) is adopted by init and outlives the check. On Linux, {@code prctl(PR_SET_CHILD_SUBREAPER)}
 * makes this JVM adopt such orphans instead. Elsewhere this does nothing, and the shell's own
 * record of the processes it saw is the safety net.
 */
final class Subreaper {
    private static final int PR_SET_CHILD_SUBREAPER = 36;

    private Subreaper() {}

    static void become() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return;
        }
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle prctl = linker.downcallHandle(linker.defaultLookup().find("prctl").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                            ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));
            int ignored = (int) prctl.invokeExact(PR_SET_CHILD_SUBREAPER, 1L, 0L, 0L, 0L);
        } catch (Throwable notAvailable) {
            // An older kernel, or native access refused: the shell's record still applies.
        }
    }

    /** Kills every descendant, and waits briefly for them so that none still holds the output pipe. */
    static void killDescendants() {
        List<ProcessHandle> all = ProcessHandle.current().descendants().toList();
        all.forEach(ProcessHandle::destroyForcibly);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        for (ProcessHandle p : all) {
            while (p.isAlive() && System.nanoTime() < end) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
