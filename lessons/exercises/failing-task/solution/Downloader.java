import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** A future per URL: a failing fetch completes its future with the error, and get() rethrows it here. */
public class Downloader {
    public static Map<String, String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Map<String, Future<String>> pending = new LinkedHashMap<>();
            for (String url : urls) {
                pending.put(url, pool.submit(() -> fetch.apply(url)));
            }
            Map<String, String> pages = new LinkedHashMap<>();
            try {
                for (Map.Entry<String, Future<String>> e : pending.entrySet()) {
                    pages.put(e.getKey(), e.getValue().get());
                }
            } catch (Exception e) {
                pool.shutdownNow(); // stop the rest; close() then waits for them
                throw e;
            }
            return pages;
        }
    }
}
