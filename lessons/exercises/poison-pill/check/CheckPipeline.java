import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Every item exactly once, for 1, 3 and 8 consumers and for fewer items than consumers; no consumer left running. */
public class CheckPipeline implements Check {
    @Override
    public String run() throws Exception {
        // {items, consumers, sink pause in ms}: the slow case leaves work in flight when a
        // process() that does not wait for its consumers returns.
        int[][] cases = {{2_000, 1, 0}, {2_000, 3, 0}, {5_000, 8, 0}, {200, 3, 2}, {2, 8, 0}, {0, 3, 0}};
        for (int[] c : cases) {
            int count = c[0];
            int consumers = c[1];
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                items.add(i);
            }
            ConcurrentHashMap<Integer, AtomicInteger> seen = new ConcurrentHashMap<>();
            Set<String> workers = ConcurrentHashMap.newKeySet();
            Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
            int pause = c[2];
            AtomicInteger delivered = new AtomicInteger();
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
                try {
                    Pipeline.process(items, consumers, item -> {
                        workers.add(Thread.currentThread().getName());
                        if (pause > 0) {
                            try {
                                Thread.sleep(pause);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        seen.computeIfAbsent(item, k -> new AtomicInteger()).incrementAndGet();
                        delivered.incrementAndGet();
                    });
                    return delivered.get();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            int atReturn;
            try {
                atReturn = run.get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new Failure("process(" + count + " items, " + consumers + " consumers) did not return within 5 s;"
                        + " some consumer is still waiting on the queue: it never got its pill");
            }
            Failure.unless(atReturn == count, "process returned when only " + atReturn + " of " + count + " items had"
                    + " reached the sink (" + consumers + (consumers == 1 ? " consumer" : " consumers") + "); wait for the consumers before returning");
            for (int i = 0; i < count; i++) {
                AtomicInteger n = seen.get(i);
                int times = n == null ? 0 : n.get();
                Failure.unless(times == 1, "with " + consumers + " consumers, item " + i + " reached the sink " + times
                        + " times; every item must arrive exactly once, before process returns");
            }
            Thread.sleep(50);
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.isAlive() && !before.contains(t) && !t.isDaemon() && !t.getName().startsWith("ForkJoinPool")) {
                    throw new Failure("consumer thread \"" + t.getName() + "\" was still running after process returned");
                }
            }
            if (count >= 2_000 && consumers > 1 && workers.size() < 2) {
                throw new Failure(count + " items went through only " + workers.size() + " thread with " + consumers
                        + " consumers; the consumers should share the work");
            }
        }
        return "2,000 and 5,000 items through 1, 3 and 8 consumers, 200 slow items through 3, 2 items through 8 and"
                + " none through 3: each item exactly once and delivered before process returned, every consumer stopped";
    }
}
