import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Watches the child processes while Parent.sum runs: how many, and whether any is left; then a failing chunk. */
public class CheckParent implements Check {
    @Override
    public String run() throws Exception {
        List<long[]> chunks = List.of(range(1, 1_000), range(1_000, 5_000), range(5_000, 5_001), range(7, 9));
        long want = 0;
        for (long[] c : chunks) {
            for (long n : c) {
                want += n;
            }
        }
        Set<Long> seen = new HashSet<>();
        long got = watched(() -> Parent.sum(chunks), seen, "four chunks");
        Failure.unless(got == want, "sum returned " + got + " for four chunks; the numbers add up to " + want);
        Failure.unless(seen.size() >= chunks.size(), "only " + seen.size() + " child process(es) were seen for "
                + chunks.size() + " chunks; start one SumWorker per chunk");
        noneLeft("after sum returned");

        List<long[]> failing = List.of(range(1, 100), new long[] {5, -1, 6}, range(1, 10));
        try {
            long total = watched(() -> Parent.sum(failing), new HashSet<>(), "a chunk whose worker fails");
            throw new Failure("a chunk's worker exited with status 1, but sum returned " + total
                    + " instead of throwing an IOException");
        } catch (ExecutionException e) {
            Failure.unless(e.getCause() instanceof IOException, "when a worker failed, sum threw " + e.getCause()
                    + "; throw an IOException that says which worker failed");
        }
        noneLeft("after sum threw");
        return "four chunks summed by " + seen.size() + " child JVMs (watched every 5 ms) with the right total; a failing"
                + " worker turned into an IOException; no child left alive either time";
    }

    interface Call {
        long run() throws Exception;
    }

    static long watched(Call call, Set<Long> seen, String what) throws Exception {
        CompletableFuture<Long> result = CompletableFuture.supplyAsync(() -> {
            try {
                return call.run();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(10);
        // Children that are alive but have used no CPU for a second, while sum waits for them, are
        // waiting for input that will never come: say so then, rather than at the 10 s backstop.
        java.util.Map<Long, java.time.Duration> cpu = new java.util.HashMap<>();
        long quietSince = System.nanoTime();
        while (!result.isDone()) {
            boolean busy = false;
            List<ProcessHandle> alive = ProcessHandle.current().children().toList();
            for (ProcessHandle p : alive) {
                seen.add(p.pid());
                java.time.Duration used = p.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
                busy |= !used.equals(cpu.put(p.pid(), used));
            }
            if (busy || alive.isEmpty()) {
                quietSince = System.nanoTime();
            }
            boolean stuck = !alive.isEmpty() && System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(1)
                    && System.nanoTime() - start > TimeUnit.SECONDS.toNanos(2);
            if (stuck || System.nanoTime() > end) {
                throw new Failure("sum did not return" + (stuck ? ": its " + alive.size() + " child JVM(s) are alive but idle,"
                        + " waiting for input" : " within 10 s") + " for " + what
                        + "; does each child get its stdin closed, so it knows the numbers have ended?");
            }
            Thread.sleep(5);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new ExecutionException(e.getCause().getCause() != null && e.getCause() instanceof java.util.concurrent.CompletionException
                    ? e.getCause().getCause() : e.getCause());
        }
    }

    static void noneLeft(String when) throws InterruptedException {
        Thread.sleep(300);
        long alive = ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
        Failure.unless(alive == 0, alive + " child process(es) still running " + when);
    }

    static long[] range(long from, long to) {
        long[] out = new long[(int) (to - from)];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}
