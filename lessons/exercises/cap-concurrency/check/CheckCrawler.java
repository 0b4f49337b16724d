import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** 200 URLs of 20 ms, every 13th failing: 10 in flight at most and at some point, virtual threads, every URL answered. */
public class CheckCrawler implements Check {
    @Override
    public String run() throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            urls.add("https://site.example/" + i);
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger platform = new AtomicInteger();
        Function<String, String> fetch = url -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            if (!Thread.currentThread().isVirtual()) {
                platform.incrementAndGet();
            }
            try {
                Thread.sleep(20);
                int n = Integer.parseInt(url.substring(url.lastIndexOf('/') + 1));
                if (n % 13 == 0) {
                    throw new IllegalStateException("503 for page " + n);
                }
                return "page " + n;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            } finally {
                inFlight.decrementAndGet();
            }
        };
        CompletableFuture<Map<String, String>> result = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().daemon(true).start(() -> {
            try {
                result.complete(Crawler.fetchAll(urls, fetch));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        Map<String, String> pages;
        try {
            pages = result.get(8, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new Failure("fetchAll had not returned after 8 s (200 fetches of 20 ms, 10 at a time, take about 0.4 s);"
                    + " " + inFlight.get() + " fetches were in flight: were permits lost when a fetch failed?");
        }
        Failure.unless(platform.get() == 0, platform.get() + " of 200 fetches ran on platform threads; give each URL its"
                + " own virtual thread and cap the fetches, not the threads");
        Failure.unless(most.get() <= 10, most.get() + " fetches were in flight at once; the site allows 10");
        Failure.unless(most.get() == 10, "at most " + most.get() + " fetches were in flight at once; 10 are allowed, so"
                + " the crawl is slower than it needs to be");
        for (int i = 0; i < 200; i++) {
            String want = i % 13 == 0 ? "error: 503 for page " + i : "page " + i;
            Failure.unless(want.equals(pages.get(urls.get(i))), "the result for " + urls.get(i) + " was " + pages.get(urls.get(i))
                    + " instead of " + want);
        }
        caller.join(1_000);
        return "200 URLs (16 failing) fetched on virtual threads, never more than 10 at once and 10 at the peak; every URL"
                + " in the result, failures as \"error: ...\"";
    }
}
