import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Caps at 10 the old way, with a pool of 10 platform threads: right count, wrong kind of thread. */
public class Crawler {
    public static Map<String, String> fetchAll(List<String> urls, Function<String, String> fetch) throws InterruptedException {
        Map<String, String> pages = new ConcurrentHashMap<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(10)) {
            for (String url : urls) {
                threads.submit(() -> {
                    try {
                        pages.put(url, fetch.apply(url));
                    } catch (RuntimeException e) {
                        pages.put(url, "error: " + e.getMessage());
                    }
                });
            }
        }
        return pages;
    }
}
