import java.util.ArrayDeque;

/** Holds at most capacity items. Neither locks nor waits yet. */
public class BoundedBuffer<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;

    public BoundedBuffer(int capacity) {
        this.capacity = capacity;
    }

    /** Adds an item, waiting while the buffer is full. */
    public void put(T item) throws InterruptedException {
        items.addLast(item);
    }

    /** Removes the oldest item, waiting while the buffer is empty. */
    public T take() throws InterruptedException {
        return items.pollFirst();
    }
}
