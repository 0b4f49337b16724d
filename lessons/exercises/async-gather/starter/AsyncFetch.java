import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Adds up page lengths. Fetches one page at a time and blocks while it waits. */
public class AsyncFetch {
    public static CompletableFuture<Integer> totalLength(List<String> urls, Function<String, CompletableFuture<String>> fetch) {
        int total = 0;
        for (String url : urls) {
            total += fetch.apply(url).join().length();
        }
        return CompletableFuture.completedFuture(total);
    }
}
