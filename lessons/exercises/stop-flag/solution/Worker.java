/** Counts until stop() is called from another thread. */
public class Worker implements Runnable {
    // volatile: every read in the loop goes to memory, and stop()'s write happens-before it.
    private volatile boolean running = true;
    private long count; // only the worker writes it; join() publishes it to the reader

    @Override
    public void run() {
        while (running) {
            count++;
        }
    }

    public void stop() {
        running = false;
    }

    public long count() {
        return count;
    }
}
