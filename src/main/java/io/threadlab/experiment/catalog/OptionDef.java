package io.threadlab.experiment.catalog;

import io.threadlab.command.Invocation;
import io.threadlab.command.UsageException;
import java.util.List;
import java.util.Locale;

/**
 * One experiment option: its name, what it means, its default and what values are allowed.
 * Reading it from a command line validates it before anything starts.
 */
public record OptionDef(String name, String valueName, String description, String defaultValue,
                        long min, long max, List<String> choices, boolean list) {

    public static OptionDef number(String name, String description, long defaultValue, long min, long max) {
        return new OptionDef(name, "N", description, Long.toString(defaultValue), min, max, List.of(), false);
    }

    /** A comma-separated list of whole numbers, kept in the order given. */
    public static OptionDef numbers(String name, String description, long defaultValue, long min, long max) {
        return new OptionDef(name, "N[,N...]", description, Long.toString(defaultValue), min, max, List.of(), true);
    }

    public static OptionDef choice(String name, String description, String defaultValue, List<String> choices) {
        return new OptionDef(name, "X[,X...]", description, defaultValue, 0, 0, choices, true);
    }

    public String help() {
        String allowed = choices.isEmpty()
                ? String.format(Locale.ROOT, "%,d to %,d", min, max)
                : String.join(", ", choices);
        String shown = choices.isEmpty() && !list ? String.format(Locale.ROOT, "%,d", Long.parseLong(defaultValue)) : defaultValue;
        return description + " (default " + shown + "; " + (choices.isEmpty() ? "" : "any of ") + allowed + ")";
    }

    /** The validated value as a string, or the default. */
    public String read(Invocation inv) {
        if (!choices.isEmpty()) {
            return String.join(",", inv.choices(name, List.of(defaultValue.split(",")), choices));
        }
        if (list) {
            String raw = inv.string(name, defaultValue);
            List<String> parts = new java.util.ArrayList<>();
            for (String part : raw.split(",", -1)) {
                parts.add(Long.toString(io.threadlab.command.Values.parseLong(name, part, min, max)));
            }
            return String.join(",", parts);
        }
        return Long.toString(inv.longValue(name, Long.parseLong(defaultValue), min, max));
    }

    static UsageException notFor(String option, String experiment, List<OptionDef> allowed) {
        String names = allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().map(o -> "--" + o.name()).toList());
        return new UsageException("--" + option + " does not apply to '" + experiment + "'; its options: " + names);
    }
}
