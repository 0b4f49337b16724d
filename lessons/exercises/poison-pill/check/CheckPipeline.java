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
        // The last field asks for extreme values among the items: any int is a real item, so a
        // pill that is an int value (Integer.MIN_VALUE, -1) would stop a consumer early.
        int[][] cases = {{2_000, 1, 0, 0}, {2_000, 3, 0, 0}, {5_000, 8, 0, 0}, {200, 3, 2, 0}, {2, 8, 0, 0}, {0, 3, 0, 0},
                {100, 3, 0, 1}};
        for (int[] c : cases) {
            int count = c[0];
            int consumers = c[1];
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                items.add(i);
            }
            if (c[3] == 1) {
                items.set(10, Integer.MIN_VALUE);
                items.set(20, -1);
                items.set(30, Integer.MAX_VALUE);
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
                atReturn = run.get(2, TimeUnit.SECONDS); // Every case takes milliseconds when right.
            } catch (TimeoutException e) {
                throw new Failure("process(" + count + " items, " + consumers + " consumers) did not return within 2 s;"
                        + " some consumer is still waiting on the queue: it never got its pill");
            }
            Failure.unless(atReturn == count, "process returned when only " + atReturn + " of " + count + " items had"
                    + " reached the sink (" + consumers + (consumers == 1 ? " consumer" : " consumers") + "); wait for the consumers before returning");
            for (int item : items) {
                AtomicInteger n = seen.get(item);
                int times = n == null ? 0 : n.get();
                Failure.unless(times == 1, "with " + consumers + " consumers, item " + item + " reached the sink " + times
                        + " times; every item must arrive exactly once, before process returns"
                        + (item == Integer.MIN_VALUE || item == -1 || item == Integer.MAX_VALUE
                            ? " (any int is a real item, this one too: the pill must be something no item can be)" : ""));
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
        return "2,000 and 5,000 items through 1, 3 and 8 consumers, 200 slow items through 3, 2 items through 8,"
                + " none through 3, and 100 with Integer.MIN_VALUE, -1 and MAX_VALUE among them: each item exactly once and delivered before process returned, every consumer stopped";
    }
}
