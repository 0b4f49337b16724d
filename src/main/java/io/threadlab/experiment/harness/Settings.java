package io.threadlab.experiment.harness;

/** How each row is measured: untimed warm-up runs, timed repeats, and the GIL's switch interval. */
public record Settings(int warmup, int repeat, long switchIntervalMillis) {}
