package io.threadlab.experiment;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.trace.Activity;
import io.threadlab.experiment.trace.WorkerTrace;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A global interpreter lock modelled on CPython's (Python/ceval_gil.c, the "new GIL" of 3.2+):
 * <ul>
 *   <li>a thread must hold it to run a task's code;</li>
 *   <li>a waiter that has waited one switch interval without any switch happening sets a
 *       drop request;</li>
 *   <li>the holder looks at the request at checkpoints in the kernel (CPython's eval breaker)
 *       and gives the lock up;</li>
 *   <li>forced switching: the holder then waits until another thread has taken it, so it
 *       cannot grab it straight back;</li>
 *   <li>blocking calls release it (see {@code WorkerContext.blocking}).</li>
 * </ul>
 * It is a simulation: the JVM still runs the threads on all cores, but only the holder does
 * useful work, so CPU-bound threads get CPython's (lack of) speed-up.
 */
public final class SimulatedGil {
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition released = mutex.newCondition();
    private final Condition switched = mutex.newCondition();
    private final long intervalNanos;
    private boolean locked;
    private Thread holder;
    /** The last thread to hold the lock; taking it back yourself is not a switch. */
    private Thread lastHolder;
    private long switchNumber;
    private volatile boolean dropRequest;
    private long switches;

    public SimulatedGil(long intervalMillis) {
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
    }

    /** Blocks until this thread holds the GIL. */
    public void acquire(WorkerTrace trace, Cancellation cancellation) {
        mutex.lock();
        try {
            if (locked) {
                trace.enter(Activity.WAITING);
            }
            // The interval runs from when this thread started waiting, or from the last real
            // switch; a release that the holder immediately takes back does not restart it.
            long seen = switchNumber;
            long deadline = System.nanoTime() + intervalNanos;
            while (locked) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    if (switchNumber == seen) {
                        dropRequest = true;
                    }
                    left = intervalNanos;
                    deadline = System.nanoTime() + left;
                }
                released.awaitNanos(left);
                cancellation.check();
                if (switchNumber != seen) {
                    seen = switchNumber;
                    deadline = System.nanoTime() + intervalNanos;
                }
            }
            locked = true;
            holder = Thread.currentThread();
            if (holder != lastHolder) {
                // As in CPython, only a change of thread counts: a holder that releases and
                // re-takes the lock at once must still be asked to drop it.
                lastHolder = holder;
                switchNumber++;
                switches++;
                dropRequest = false;
            }
            // Recorded under the mutex, so the trace cannot show two holders at once even when
            // a thread is preempted right after taking or giving up the lock.
            trace.enter(Activity.RUNNING);
            switched.signalAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the GIL");
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Gives the GIL up (end of a task, or before blocking) and records what the thread does
     * next, {@code null} meaning idle, before any waiter can take the lock.
     */
    public void release(WorkerTrace trace, Activity next) {
        mutex.lock();
        try {
            if (next == null) {
                trace.idle();
            } else {
                trace.enter(next);
            }
            if (holder == Thread.currentThread()) {
                locked = false;
                holder = null;
                released.signal();
            }
        } finally {
            mutex.unlock();
        }
    }

    /** The holder's switch point: a volatile read unless another thread asked for the lock. */
    public void checkpoint(WorkerTrace trace, Cancellation cancellation) {
        if (!dropRequest) {
            return;
        }
        mutex.lock();
        try {
            if (holder != Thread.currentThread()) {
                return;
            }
            locked = false;
            holder = null;
            released.signal();
            long mine = switchNumber;
            trace.enter(Activity.WAITING);
            // Forced switching: wait until someone else has taken the lock.
            while (switchNumber == mine && !locked) {
                if (!switched.await(intervalNanos, TimeUnit.NANOSECONDS)) {
                    break; // Nobody came (they finished); carry on.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted at a GIL switch");
        } finally {
            mutex.unlock();
        }
        acquire(trace, cancellation);
    }

    /** How many times the lock passed to a different thread. */
    public long switches() {
        mutex.lock();
        try {
            return switches;
        } finally {
            mutex.unlock();
        }
    }
}
