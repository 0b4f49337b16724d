import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Never hangs, but hides the failure: the caller gets a map with a page missing. */
public class Downloader {
    public static Map<String, String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        Map<String, String> pages = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(urls.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (String url : urls) {
                pool.execute(() -> {
                    try {
                        pages.put(url, fetch.apply(url));
                    } catch (RuntimeException e) {
                        // ignored
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        return pages;
    }
}
