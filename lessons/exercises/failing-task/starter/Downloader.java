import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Fetches pages on 4 threads. Waits for ever when a fetch fails. */
public class Downloader {
    public static Map<String, String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        Map<String, String> pages = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(urls.size());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (String url : urls) {
            pool.execute(() -> {
                pages.put(url, fetch.apply(url));
                done.countDown();
            });
        }
        done.await();
        pool.shutdown();
        return pages;
    }
}
