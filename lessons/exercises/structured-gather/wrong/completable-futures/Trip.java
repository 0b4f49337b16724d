import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;

/** Both at once with CompletableFuture: fast when all goes well, but a failure cancels nothing. */
public class Trip {
    public static String plan(Callable<String> flight, Callable<String> hotel) throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> call(flight), threads);
            CompletableFuture<String> h = CompletableFuture.supplyAsync(() -> call(hotel), threads);
            return f.thenCombine(h, (a, b) -> a + " + " + b).join();
        }
    }

    private static String call(Callable<String> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
