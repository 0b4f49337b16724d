import java.util.ArrayDeque;

/** Correct results, but it waits by sleeping and looking again: busy, and late to wake. */
public class BoundedBuffer<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;

    public BoundedBuffer(int capacity) {
        this.capacity = capacity;
    }

    public void put(T item) throws InterruptedException {
        while (true) {
            synchronized (this) {
                if (items.size() < capacity) {
                    items.addLast(item);
                    return;
                }
            }
            Thread.sleep(1);
        }
    }

    public T take() throws InterruptedException {
        while (true) {
            synchronized (this) {
                if (!items.isEmpty()) {
                    return items.removeFirst();
                }
            }
            Thread.sleep(1);
        }
    }
}
