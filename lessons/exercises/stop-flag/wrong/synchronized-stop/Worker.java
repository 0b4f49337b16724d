/** Locks the writer only: the reader's loop still has no reason to read the field again. */
public class Worker implements Runnable {
    private boolean running = true;
    private long count;

    @Override
    public void run() {
        while (running) {
            count++;
        }
    }

    public synchronized void stop() {
        running = false;
    }

    public long count() {
        return count;
    }
}
