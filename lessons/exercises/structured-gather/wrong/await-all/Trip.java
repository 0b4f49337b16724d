import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

/** A scope, but with awaitAll(): a failure cancels nothing, so it waits for the slow call it will throw away. */
public class Trip {
    public static String plan(Callable<String> flight, Callable<String> hotel) throws Exception {
        try (var scope = StructuredTaskScope.open(StructuredTaskScope.Joiner.<String>awaitAll())) {
            var f = scope.fork(flight);
            var h = scope.fork(hotel);
            scope.join();
            if (h.state() == StructuredTaskScope.Subtask.State.FAILED) {
                throw new Exception(h.exception());
            }
            if (f.state() == StructuredTaskScope.Subtask.State.FAILED) {
                throw new Exception(f.exception());
            }
            return f.get() + " + " + h.get();
        }
    }
}
