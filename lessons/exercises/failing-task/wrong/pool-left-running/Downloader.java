import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Reports the failure, but leaves the pool's threads running behind it. */
public class Downloader {
    public static Map<String, String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<String, Future<String>> pending = new LinkedHashMap<>();
        for (String url : urls) {
            pending.put(url, pool.submit(() -> fetch.apply(url)));
        }
        Map<String, String> pages = new LinkedHashMap<>();
        for (Map.Entry<String, Future<String>> e : pending.entrySet()) {
            pages.put(e.getKey(), e.getValue().get());
        }
        pool.shutdown();
        return pages;
    }
}
