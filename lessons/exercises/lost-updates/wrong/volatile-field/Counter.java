/** volatile makes the latest write visible, but count++ is still read, add, write. */
public class Counter {
    private volatile long count;

    public void increment() {
        count++;
    }

    public long get() {
        return count;
    }
}
