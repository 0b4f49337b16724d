/** Correct, but it holds the lock while sleeping: far too slow. */
public class Counter {
    private long count;

    public synchronized void increment() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        count++;
    }

    public synchronized long get() {
        return count;
    }
}
