import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;

/** Enough pills, but returns without waiting: the last items are still being handled. */
public class Pipeline {
    private static final int POISON = Integer.MIN_VALUE;

    public static void process(List<Integer> items, int consumers, IntConsumer sink) throws InterruptedException {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(10);
        for (int c = 0; c < consumers; c++) {
            Thread.ofPlatform().start(() -> {
                try {
                    for (int item = queue.take(); item != POISON; item = queue.take()) {
                        sink.accept(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (int item : items) {
            queue.put(item);
        }
        for (int c = 0; c < consumers; c++) {
            queue.put(POISON);
        }
    }
}
