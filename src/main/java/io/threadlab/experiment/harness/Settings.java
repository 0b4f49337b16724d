package io.threadlab.experiment.harness;

import io.threadlab.command.Invocation;
import io.threadlab.command.Opt;
import io.threadlab.command.UsageException;
import java.util.List;

/**
 * How each row is measured: untimed warm-up runs, timed repeats, and the simulated GIL's switch
 * interval. The options that set them are declared here, beside the fields they fill, so adding
 * one is a change to this file and to the code that uses it.
 */
public record Settings(int warmup, int repeat, long switchIntervalMillis) {
    public static final Opt<Integer> REPEAT = Opt.integer("repeat", "R", "timed repeats per row", 3, 1, 100);
    public static final Opt<Integer> WARMUP = Opt.integer("warmup", "W", "untimed warm-up runs per row, shown as 'cold'", 1, 0, 20);
    public static final Opt<Integer> SWITCH_INTERVAL = Opt.integer("switch-interval", "MS",
            "with --gil: how long a waiter waits before asking for the GIL", 5, 1, 1_000);
    public static final List<Opt<?>> OPTIONS = List.of(REPEAT, WARMUP, SWITCH_INTERVAL);

    /** The settings a command line asks for; {@code gil} says whether it simulates the GIL. */
    public static Settings read(Invocation inv, boolean gil) {
        if (inv.has(SWITCH_INTERVAL) && !gil) {
            throw new UsageException("--switch-interval needs --gil");
        }
        return new Settings(inv.get(WARMUP), inv.get(REPEAT), inv.get(SWITCH_INTERVAL));
    }
}
