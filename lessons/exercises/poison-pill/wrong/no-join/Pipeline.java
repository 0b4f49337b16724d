import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;

/** Enough pills, but returns without waiting: the last items are still being handled. */
public class Pipeline {
    /** Any int can be an item, so the pill is not an int: an empty OptionalInt, which no item can be. */
    private static final OptionalInt POISON = OptionalInt.empty();

    public static void process(List<Integer> items, int consumers, IntConsumer sink) throws InterruptedException {
        BlockingQueue<OptionalInt> queue = new ArrayBlockingQueue<>(10);
        for (int c = 0; c < consumers; c++) {
            Thread.ofPlatform().start(() -> {
                try {
                    for (OptionalInt item = queue.take(); item.isPresent(); item = queue.take()) {
                        sink.accept(item.getAsInt());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (int item : items) {
            queue.put(OptionalInt.of(item));
        }
        for (int c = 0; c < consumers; c++) {
            queue.put(POISON);
        }
    }
}
