package io.threadlab.experiment;

import java.util.concurrent.CancellationException;

/** A flag that Ctrl-C sets; kernels poll it at their checkpoints, which keeps cancelling under 1 s. */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void check() {
        if (cancelled) {
            throw new CancellationException();
        }
    }
}
