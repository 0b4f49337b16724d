import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Fetches every URL at once, one virtual thread each: no cap yet. */
public class Crawler {
    public static Map<String, String> fetchAll(List<String> urls, Function<String, String> fetch) throws InterruptedException {
        Map<String, String> pages = new ConcurrentHashMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : urls) {
                threads.submit(() -> {
                    try {
                        pages.put(url, fetch.apply(url));
                    } catch (RuntimeException e) {
                        pages.put(url, "error: " + e.getMessage());
                    }
                });
            }
        } // close() waits for every task
        return pages;
    }
}
