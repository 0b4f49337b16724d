import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Overlapping requests on many threads, nesting, exceptions, and what a reused thread sees afterwards. */
public class CheckRequests implements Check {
    @Override
    public String run() throws Exception {
        Failure.unless("nobody".equals(Requests.currentUser()), "outside any request currentUser() returned \""
                + Requests.currentUser() + "\", not \"nobody\"");
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> seen = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String me = "user-" + i;
                seen.add(threads.submit(() -> Requests.handle(me, () -> {
                    sleep(30);
                    return Requests.currentUser();
                })));
            }
            for (int i = 0; i < 16; i++) {
                String got = seen.get(i).get();
                Failure.unless(("user-" + i).equals(got), "16 requests ran at once; inside the request for user-" + i
                        + " currentUser() returned \"" + got + "\": the requests share one value");
            }
        }
        String nested = Requests.handle("outer", () -> Requests.handle("inner", Requests::currentUser) + "/" + Requests.currentUser());
        Failure.unless("inner/outer".equals(nested), "a request inside a request saw \"" + nested
                + "\"; expected inner inside, then outer again after the inner one returned");
        try {
            Requests.handle("failing", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the work's own exception
        }
        Failure.unless("nobody".equals(Requests.currentUser()), "after a request whose work threw, currentUser() returned \""
                + Requests.currentUser() + "\", not \"nobody\"");
        try (ExecutorService one = Executors.newSingleThreadExecutor()) {
            one.submit(() -> Requests.handle("first", () -> "done")).get();
            String after = one.submit(Requests::currentUser).get();
            Failure.unless("nobody".equals(after), "a pool thread that had served \"first\" still reported currentUser() = \""
                    + after + "\" in its next, unrelated task: the value was left behind");
        }
        return "16 overlapping requests on virtual threads each saw their own user; nesting, a throwing request and a"
                + " reused pool thread left nothing behind";
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
