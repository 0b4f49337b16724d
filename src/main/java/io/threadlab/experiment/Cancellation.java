package io.threadlab.experiment;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A flag that Ctrl-C sets. Kernels poll it at their checkpoints, and blocking steps that
 * cannot poll (waiting for a child JVM's first line) register what unblocks them, which keeps
 * every phase of a run stoppable within a second.
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled = true;
        onCancel.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void check() {
        if (cancelled) {
            throw new CancellationException();
        }
    }

    /** Runs {@code action} on cancel (at once if already cancelled); returns the undo. */
    public Runnable onCancel(Runnable action) {
        onCancel.add(action);
        if (cancelled) {
            action.run();
        }
        return () -> onCancel.remove(action);
    }
}
