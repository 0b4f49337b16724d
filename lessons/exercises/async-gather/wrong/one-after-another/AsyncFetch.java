import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Never blocks the caller, but chains the fetches: each starts only when the previous page has arrived. */
public class AsyncFetch {
    public static CompletableFuture<Integer> totalLength(List<String> urls, Function<String, CompletableFuture<String>> fetch) {
        CompletableFuture<Integer> total = CompletableFuture.completedFuture(0);
        for (String url : urls) {
            total = total.thenCompose(sum -> fetch.apply(url).thenApply(page -> sum + page.length()));
        }
        return total;
    }
}
