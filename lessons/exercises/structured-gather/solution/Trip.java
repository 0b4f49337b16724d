import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

/** Asks both services at once; if one fails, the scope cancels the other and join() throws. */
public class Trip {
    public static String plan(Callable<String> flight, Callable<String> hotel) throws Exception {
        try (var scope = StructuredTaskScope.open()) { // default: all must succeed, the first failure cancels the rest
            var f = scope.fork(flight);
            var h = scope.fork(hotel);
            scope.join();
            return f.get() + " + " + h.get();
        } // leaving the scope, no subtask is still running
    }
}
