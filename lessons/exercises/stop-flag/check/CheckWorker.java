import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;

/** stop() from another thread must end a hot loop within 2 s, three times over. */
public class CheckWorker implements Check {
    @Override
    public String run() throws Exception {
        for (long warm : new long[] {500, 500, 20}) {
            Worker worker = new Worker();
            Thread spinning = new Thread(worker, "worker");
            spinning.setDaemon(true); // a worker that never stops must not keep this JVM alive
            spinning.start();
            Thread.sleep(warm);
            Thread stopper = new Thread(worker::stop, "stopper");
            stopper.start();
            stopper.join();
            spinning.join(2_000);
            Failure.unless(!spinning.isAlive(), "stop() was called after the loop ran for " + warm + " ms, but run() was"
                    + " still looping 2 s later: the worker never saw the write");
            Failure.unless(worker.count() > 0, "count() read 0 after the worker ran for " + warm + " ms and ended");
        }
        return "three workers, stopped after 500, 500 and 20 ms of a hot (JIT-compiled) loop, each ended within 2 s";
    }
}
