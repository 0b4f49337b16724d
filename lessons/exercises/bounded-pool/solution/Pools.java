import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The pool the service submits its work to. */
public class Pools {
    public static ExecutorService create() {
        // 2 threads, 4 waiting tasks at most; beyond that the submitter runs the task itself,
        // which slows it down to the pool's pace instead of refusing work.
        return new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
