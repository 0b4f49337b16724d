/** A volatile flag, but copied once before the loop: the loop never reads it again. */
public class Worker implements Runnable {
    private volatile boolean running = true;
    private long count;

    @Override
    public void run() {
        boolean go = running;
        while (go) {
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
