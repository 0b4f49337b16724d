import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** All at once, but a failed page silently counts as empty. */
public class AsyncFetch {
    public static CompletableFuture<Integer> totalLength(List<String> urls, Function<String, CompletableFuture<String>> fetch) {
        List<CompletableFuture<String>> pages = urls.stream().map(url -> fetch.apply(url).exceptionally(e -> "")).toList();
        return CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new))
                .thenApply(done -> pages.stream().mapToInt(page -> page.join().length()).sum());
    }
}
