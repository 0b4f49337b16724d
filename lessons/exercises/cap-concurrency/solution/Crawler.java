import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/** One virtual thread per URL; a semaphore keeps the fetches in flight at 10 or fewer. */
public class Crawler {
    public static Map<String, String> fetchAll(List<String> urls, Function<String, String> fetch) throws InterruptedException {
        Map<String, String> pages = new ConcurrentHashMap<>();
        Semaphore permits = new Semaphore(10); // the site's limit, not a thread count
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : urls) {
                threads.submit(() -> {
                    permits.acquire();
                    try {
                        pages.put(url, fetch.apply(url));
                    } catch (RuntimeException e) {
                        pages.put(url, "error: " + e.getMessage());
                    } finally {
                        permits.release(); // in finally: a failed fetch must give its permit back
                    }
                    return null;
                });
            }
        }
        return pages;
    }
}
