import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Two 300 ms calls in under 500 ms on virtual threads; a failing hotel ends plan within 1 s with the flight interrupted. */
public class CheckTrip implements Check {
    @Override
    public String run() throws Exception {
        AtomicBoolean virtual = new AtomicBoolean(true);
        Callable<String> flight = () -> {
            virtual.compareAndSet(true, Thread.currentThread().isVirtual());
            Thread.sleep(300);
            return "LH 454";
        };
        Callable<String> hotel = () -> {
            virtual.compareAndSet(true, Thread.currentThread().isVirtual());
            Thread.sleep(300);
            return "Hotel Adlon";
        };
        long t0 = System.nanoTime();
        String plan = call(flight, hotel, 3);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Failure.unless("LH 454 + Hotel Adlon".equals(plan), "plan returned \"" + plan + "\" instead of \"LH 454 + Hotel Adlon\"");
        Failure.unless(ms < 500, "two calls of 300 ms took " + ms + " ms together; run them at once");
        Failure.unless(virtual.get(), "a call ran on a platform thread; a scope forks each subtask on a virtual thread");

        CompletableFuture<String> flightEnded = new CompletableFuture<>();
        Callable<String> slowFlight = () -> {
            try {
                Thread.sleep(10_000);
                flightEnded.complete("finished its 10 s");
                return "LH 454";
            } catch (InterruptedException e) {
                flightEnded.complete("interrupted");
                throw e;
            }
        };
        Callable<String> fullHotel = () -> {
            Thread.sleep(50);
            throw new IllegalStateException("no rooms left");
        };
        t0 = System.nanoTime();
        try {
            String wrong = call(slowFlight, fullHotel, 1);
            throw new Failure("the hotel failed, but plan returned \"" + wrong + "\"");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            String chain = "";
            for (Throwable c = cause; c != null; c = c.getCause()) {
                chain += c + " ";
            }
            Failure.unless(chain.contains("no rooms left"), "plan threw " + cause + ", which does not carry the hotel's failure");
        }
        ms = (System.nanoTime() - t0) / 1_000_000;
        String how = flightEnded.getNow("still running");
        Failure.unless(how.equals("interrupted"), "when plan threw, the flight call was " + how
                + "; the failure of one call must cancel (interrupt) the other");
        return "two 300 ms calls gave \"" + plan + "\" together in under 500 ms on virtual threads; a hotel failing after 50 ms"
                + " made plan throw within " + ms + " ms, with the 10 s flight call interrupted";
    }

    /** Runs plan on another thread, so that a plan that waits too long fails the check instead of hanging it. */
    static String call(Callable<String> flight, Callable<String> hotel, int seconds) throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread.ofPlatform().daemon(true).start(() -> {
            try {
                result.complete(Trip.plan(flight, hotel));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new Failure("plan had not returned or thrown after " + seconds + " s; with one call failed after 50 ms,"
                    + " it should not wait for the other");
        }
    }
}
