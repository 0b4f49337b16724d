package io.threadlab.experiment.gil;

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
            while (locked) {
                long seen = switchNumber;
                long left = released.awaitNanos(intervalNanos);
                cancellation.check();
                if (left <= 0 && locked && switchNumber == seen) {
                    dropRequest = true;
                }
            }
            locked = true;
            holder = Thread.currentThread();
            switchNumber++;
            switches++;
            dropRequest = false;
            switched.signalAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the GIL");
        } finally {
            mutex.unlock();
        }
        trace.enter(Activity.RUNNING);
    }

    /** Gives the GIL up (end of a task, or before blocking). */
    public void release(WorkerTrace trace) {
        mutex.lock();
        try {
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

    /** How many times the lock changed hands. */
    public long switches() {
        mutex.lock();
        try {
            return switches;
        } finally {
            mutex.unlock();
        }
    }
}
