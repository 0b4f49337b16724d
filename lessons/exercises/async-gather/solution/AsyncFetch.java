import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Every fetch is started before anything is waited for; allOf combines them, and fails if any fails. */
public class AsyncFetch {
    public static CompletableFuture<Integer> totalLength(List<String> urls, Function<String, CompletableFuture<String>> fetch) {
        List<CompletableFuture<String>> pages = urls.stream().map(fetch).toList();
        return CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new))
                .thenApply(done -> pages.stream().mapToInt(page -> page.join().length()).sum());
    }
}
