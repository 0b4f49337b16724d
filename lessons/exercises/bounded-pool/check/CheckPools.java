import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** 24 tasks of 50 ms: the queue never holds more than 4, none refused or lost, 2 pool threads at most. */
public class CheckPools implements Check {
    @Override
    public String run() throws Exception {
        ExecutorService created = Pools.create();
        Failure.unless(created instanceof ThreadPoolExecutor, "create() returned a " + created.getClass().getName()
                + "; return a ThreadPoolExecutor, whose queue and policy you choose");
        ThreadPoolExecutor pool = (ThreadPoolExecutor) created;
        Thread submitter = Thread.currentThread();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger onSubmitter = new AtomicInteger();
        int mostQueued = 0;
        try {
            for (int i = 0; i < 24; i++) {
                try {
                    pool.execute(() -> {
                        if (Thread.currentThread() == submitter) {
                            onSubmitter.incrementAndGet();
                        } else {
                            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        }
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            if (Thread.currentThread() != submitter) {
                                running.decrementAndGet();
                            }
                            done.incrementAndGet();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    throw new Failure("task " + (i + 1) + " of 24 was refused (RejectedExecutionException) while the pool was"
                            + " busy; run it on the submitting thread instead");
                }
                mostQueued = Math.max(mostQueued, pool.getQueue().size());
            }
        } finally {
            pool.shutdown();
        }
        Failure.unless(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool had not finished 24 tasks of 50 ms after 10 s");
        Failure.unless(mostQueued <= 4, mostQueued + " tasks waited in the queue at once; at most 4 may");
        Failure.unless(done.get() == 24, "only " + done.get() + " of 24 tasks ran: the others were dropped");
        Failure.unless(mostAtOnce.get() <= 2, mostAtOnce.get() + " pool threads ran tasks at once; the pool has 2");
        Failure.unless(mostAtOnce.get() == 2, "the pool never ran 2 tasks at once");
        Failure.unless(onSubmitter.get() > 0, "no task ran on the submitting thread, though the pool was full");
        return "24 tasks of 50 ms: at most " + mostQueued + " waited in the queue, 2 pool threads ran at once, " + onSubmitter.get()
                + " ran on the submitting thread when the pool was full, and none was refused or lost";
    }
}
