import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;

/** Consumers stop as soon as the queue looks empty, which it does before the producer has started. */
public class Pipeline {
    public static void process(List<Integer> items, int consumers, IntConsumer sink) throws InterruptedException {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(10);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                Integer item;
                while ((item = queue.poll()) != null) {
                    sink.accept(item);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int item : items) {
            if (!queue.offer(item)) {
                break;
            }
        }
    }
}
