import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A fake fetch that answers after 100 ms and counts how many requests are in flight at once. */
public class CheckAsyncFetch implements Check {
    static final int PAGES = 20;

    @Override
    public String run() throws Exception {
        List<String> urls = new ArrayList<>();
        int want = 0;
        for (int i = 0; i < PAGES; i++) {
            urls.add("https://example.org/page/" + i);
            want += ("page " + i).length() * 10;
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Function<String, CompletableFuture<String>> fetch = url -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            String page = ("page " + url.substring(url.lastIndexOf('/') + 1)).repeat(10);
            return CompletableFuture.supplyAsync(() -> page, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS))
                    .whenComplete((p, e) -> inFlight.decrementAndGet());
        };
        long start = System.nanoTime();
        CompletableFuture<Integer> total = AsyncFetch.totalLength(urls, fetch);
        long returnedMs = (System.nanoTime() - start) / 1_000_000;
        Failure.unless(returnedMs < 80, "totalLength blocked its caller for " + returnedMs + " ms; it should start the"
                + " fetches and return a future at once");
        int got;
        try {
            got = total.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new Failure("the returned future had not completed 5 s later");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        Failure.unless(got == want, "the total length is " + got + "; the pages add up to " + want);
        Failure.unless(most.get() == PAGES, "at most " + most.get() + " of " + PAGES + " requests were in flight at once;"
                + " start them all before waiting for any");

        Function<String, CompletableFuture<String>> failing = url -> url.endsWith("/7")
                ? CompletableFuture.failedFuture(new IllegalStateException("403 Forbidden"))
                : CompletableFuture.supplyAsync(() -> "ok", CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));
        try {
            int partial = AsyncFetch.totalLength(urls, failing).get(5, TimeUnit.SECONDS);
            throw new Failure("page 7 failed with 403, but the future completed with " + partial + "; it should fail");
        } catch (ExecutionException expected) {
            // the failure reached the caller
        }
        return String.format("%d fake fetches of 100 ms: all %d in flight at once, the call returned in %d ms, the total"
                + " arrived after %d ms; a failing page failed the whole future", PAGES, most.get(), returnedMs, ms);
    }
}
