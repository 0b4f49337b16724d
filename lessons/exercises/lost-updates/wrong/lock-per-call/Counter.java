/** Every call locks a brand-new object, so no two threads ever wait for each other. */
public class Counter {
    private long count;

    public void increment() {
        synchronized (new Object()) {
            count++;
        }
    }

    public long get() {
        return count;
    }
}
