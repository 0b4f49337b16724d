import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The pool the service submits its work to. */
public class Pools {
    public static ExecutorService create() {
        return Executors.newFixedThreadPool(2); // its queue has no limit
    }
}
