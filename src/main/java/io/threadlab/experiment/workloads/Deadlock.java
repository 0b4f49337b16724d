package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.WorkerContext;
import io.threadlab.experiment.Workload;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two threads move money between two accounts in opposite directions, each taking both
 * accounts' locks. With the locks taken in the direction of the transfer they can deadlock;
 * the run asks the JVM's deadlock detector (the one a thread dump uses) every 20 ms, reads
 * which thread holds and waits for what, and then interrupts both so nothing is left hanging:
 * the locks are {@code ReentrantLock}s taken with {@code lockInterruptibly} for that reason.
 * The result is the number of transfers done.
 */
public final class Deadlock implements Workload {
    public static final Opt<List<String>> LOCKING = Opt.choices("locking", "how each transfer takes the two locks",
            List.of("opposite", "ordered", "trylock"), List.of("opposite", "ordered", "trylock"));
    public static final Opt<Long> TRANSFERS = Opt.number("transfers", "transfers each of the two threads makes",
            100_000, 1, 10_000_000);
    private final String locking;
    private final long transfers;
    private volatile String finding = "";

    public Deadlock(Params params) {
        this.locking = params.get(LOCKING).getFirst();
        this.transfers = params.get(TRANSFERS);
    }

    public static String describeLocking(String locking) {
        return switch (locking) {
            case "opposite" -> "lock from, then to";
            case "ordered" -> "lower id first";
            default -> "tryLock, back off";
        };
    }

    private record Account(String name, ReentrantLock lock, long[] balance) {
        Account(String name) {
            this(name, new ReentrantLock(), new long[] {1_000_000});
        }
    }

    @Override
    public TaskSet tasks(int workers) {
        return TaskSet.summing(List.of(this::scenario));
    }

    private BigInteger scenario(WorkerContext ctx) throws Exception {
        Account a = new Account("account A");
        Account b = new Account("account B");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<Integer, String> names = java.util.Map.of(syncId(mx, a.lock()), a.name(), syncId(mx, b.lock()), b.name());
        AtomicLong done = new AtomicLong();
        AtomicLong backOffs = new AtomicLong();
        Thread one = Thread.ofPlatform().name("mover-1").unstarted(() -> move(a, b, done, backOffs));
        Thread two = Thread.ofPlatform().name("mover-2").unstarted(() -> move(b, a, done, backOffs));
        one.start();
        two.start();
        String found = "";
        try {
            while (one.isAlive() || two.isAlive()) {
                ctx.checkpoint();
                long[] stuck = mx.findDeadlockedThreads();
                if (stuck != null) {
                    List<Long> ours = List.of(one.threadId(), two.threadId());
                    long[] mine = Arrays.stream(stuck).filter(ours::contains).toArray();
                    if (mine.length > 0) {
                        found = read(mx.getThreadInfo(mine, true, true), names);
                        break;
                    }
                }
                one.join(20);
            }
        } finally {
            one.interrupt();
            two.interrupt();
            one.join();
            two.join();
        }
        if (a.balance()[0] + b.balance()[0] != 2_000_000) {
            throw new IllegalStateException("money was created or lost: " + (a.balance()[0] + b.balance()[0]) + " instead of 2,000,000");
        }
        long total = done.get();
        finding = !found.isEmpty() ? "deadlock after " + String.format(Locale.ROOT, "%,d", total) + " transfers: " + found
                + "; both interrupted to end it"
                : locking.equals("trylock") ? String.format(Locale.ROOT, "no deadlock; a thread let go and retried %,d times",
                        backOffs.get())
                : locking.equals("opposite") ? "no deadlock this time: the two threads never met at the wrong moment; run it again"
                : "no deadlock: both threads take A before B, so no cycle can form";
        return BigInteger.valueOf(total);
    }

    /** The thread dump's story, one clause per thread: what it holds, what it waits for, and who has that. */
    private static String read(ThreadInfo[] infos, java.util.Map<Integer, String> names) {
        List<String> clauses = new ArrayList<>();
        for (ThreadInfo t : infos) {
            if (t == null) {
                continue;
            }
            String holds = Arrays.stream(t.getLockedSynchronizers()).map(l -> lockName(l, names))
                    .reduce((x, y) -> x + " and " + y).orElse("no lock");
            clauses.add("'" + t.getThreadName() + "' holds " + holds + " and waits for " + lockName(t.getLockInfo(), names)
                    + ", held by '" + t.getLockOwnerName() + "'");
        }
        return String.join("; ", clauses);
    }

    private static String lockName(LockInfo lock, java.util.Map<Integer, String> names) {
        return lock == null ? "?" : names.getOrDefault(lock.getIdentityHashCode(), lock.toString()) + "'s lock";
    }

    /**
     * Which lock a dump's entry means: a dump names a lock by its synchronizer's identity, which
     * only the dump can tell, so take the lock once here and read this thread's own entry.
     */
    private static int syncId(ThreadMXBean mx, ReentrantLock lock) {
        lock.lock();
        try {
            return mx.getThreadInfo(new long[] {Thread.currentThread().threadId()}, false, true)[0]
                    .getLockedSynchronizers()[0].getIdentityHashCode();
        } finally {
            lock.unlock();
        }
    }

    private void move(Account from, Account to, AtomicLong done, AtomicLong backOffs) {
        try {
            for (long i = 0; i < transfers && !Thread.currentThread().isInterrupted(); i++) {
                switch (locking) {
                    case "opposite" -> both(from, to, from, to);
                    case "ordered" -> both(from, to, from.name().compareTo(to.name()) < 0 ? from : to,
                            from.name().compareTo(to.name()) < 0 ? to : from);
                    default -> backingOff(from, to, backOffs);
                }
                done.incrementAndGet();
            }
        } catch (InterruptedException e) {
            // Interrupted to break the deadlock: stop moving money.
        }
    }

    private static void both(Account from, Account to, Account first, Account second) throws InterruptedException {
        first.lock().lockInterruptibly();
        try {
            second.lock().lockInterruptibly();
            try {
                from.balance()[0]--;
                to.balance()[0]++;
            } finally {
                second.lock().unlock();
            }
        } finally {
            first.lock().unlock();
        }
    }

    /** Never waits while holding a lock: if the second is taken, let go of the first and try again later. */
    private static void backingOff(Account from, Account to, AtomicLong backOffs) throws InterruptedException {
        while (true) {
            from.lock().lockInterruptibly();
            try {
                if (to.lock().tryLock()) {
                    try {
                        from.balance()[0]--;
                        to.balance()[0]++;
                        return;
                    } finally {
                        to.lock().unlock();
                    }
                }
            } finally {
                from.lock().unlock();
            }
            backOffs.incrementAndGet();
            // A random pause breaks the symmetry; without it both threads can retry in step for ever (livelock).
            Thread.sleep(0, ThreadLocalRandom.current().nextInt(1_000, 50_000));
        }
    }

    @Override
    public boolean resultsMustAgree() {
        return false;
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "%,d of %,d transfers done", result, 2 * transfers);
    }

    @Override
    public String detail(List<BigInteger> repeats, int workers) {
        return finding;
    }
}
