import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/** Caps at 10, but a failing fetch never gives its permit back: after ten failures, everyone waits. */
public class Crawler {
    public static Map<String, String> fetchAll(List<String> urls, Function<String, String> fetch) throws InterruptedException {
        Map<String, String> pages = new ConcurrentHashMap<>();
        Semaphore permits = new Semaphore(10);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : urls) {
                threads.submit(() -> {
                    permits.acquire();
                    pages.put(url, fetch.apply(url));
                    permits.release();
                    return null;
                });
            }
        }
        return pages;
    }
}
