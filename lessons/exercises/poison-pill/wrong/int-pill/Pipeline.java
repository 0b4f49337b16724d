import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;

/** One pill per consumer and every consumer joined, but the pill is an int: an item equal to it stops a consumer early. */
public class Pipeline {
    private static final int POISON = Integer.MIN_VALUE;

    public static void process(List<Integer> items, int consumers, IntConsumer sink) throws InterruptedException {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(10);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int item = queue.take(); item != POISON; item = queue.take()) {
                        sink.accept(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (int item : items) {
            queue.put(item);
        }
        for (int c = 0; c < consumers; c++) {
            queue.put(POISON);
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
