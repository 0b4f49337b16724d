/** Counts until stop() is called from another thread. */
public class Worker implements Runnable {
    private boolean running = true;
    private long count;

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
