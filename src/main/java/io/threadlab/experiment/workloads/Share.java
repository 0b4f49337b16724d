package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Workers write results into "the" map. Threads share the parent's heap, so the parent
 * sees every write. Worker processes each write into their own copy, so the parent's map
 * stays empty, until the results come back through the pipe. The articles'
 * {@code RESULTS = dict()} with Thread vs Process.
 */
public final class Share implements Workload {
    public static final Opt<Long> ITEMS = Opt.number("items", "how many results to write", 10, 1, 100_000);
    /** How results reach the parent: through shared memory, not at all, or through the pipe. */
    public static final Opt<String> VIA = Opt.choice("via", "HOW", "how results reach the parent", "shared",
            List.of("shared", "copy", "pipe")).hide();
    private final String via;
    private final int items;
    private final Map<Integer, Long> results = new ConcurrentHashMap<>();

    public Share(Params params) {
        this.via = params.get(VIA);
        this.items = params.get(ITEMS).intValue();
    }

    @Override
    public TaskSet tasks(int workers) {
        results.clear();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            int key = i;
            tasks.add(ctx -> {
                long value = (long) key * key;
                // In a worker process, this map is the worker's own copy.
                results.put(key, value);
                return via.equals("pipe") ? BigInteger.valueOf(value) : BigInteger.ZERO;
            });
        }
        return new TaskSet(tasks, parts -> {
            if (via.equals("pipe")) {
                for (int i = 0; i < parts.size(); i++) {
                    results.put(i, parts.get(i).longValue());
                }
            }
            return BigInteger.valueOf(results.size());
        });
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        int expected = via.equals("copy") ? 0 : items;
        return result.intValue() == expected ? Optional.empty()
                : Optional.of("the parent's map holds " + result + " entries, expected " + expected);
    }

    @Override
    public boolean resultsMustAgree() {
        return false;
    }

    @Override
    public String describe(BigInteger result) {
        String how = switch (via) {
            case "shared" -> "threads wrote into it directly";
            case "copy" -> "each process wrote into its own copy";
            default -> "processes sent results back through the pipe";
        };
        return String.format(Locale.ROOT, "parent's map holds %d of %d entries: %s", result, items, how);
    }

}
