/** A counter that many threads increment at once. Make it correct and keep it fast. */
public class Counter {
    private long count;

    public void increment() {
        count++;
    }

    public long get() {
        return count;
    }
}
