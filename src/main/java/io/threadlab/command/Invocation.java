package io.threadlab.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;

/**
 * A parsed command line plus the checked readers for its option values. Every reader
 * refuses a bad value with one line that names the option, the value and what is allowed.
 */
public final class Invocation {
    private final CommandSpec spec;
    private final CommandLine line;

    Invocation(CommandSpec spec, CommandLine line) {
        this.spec = spec;
        this.line = line;
    }

    public CommandSpec spec() {
        return spec;
    }

    public List<String> args() {
        return line.getArgList();
    }

    public String arg(int index, String fallback) {
        List<String> args = line.getArgList();
        return index < args.size() ? args.get(index) : fallback;
    }

    public boolean has(String option) {
        return line.hasOption(option);
    }

    public String string(String option, String fallback) {
        String value = line.getOptionValue(option);
        return value == null ? fallback : value;
    }

    public List<String> strings(String option) {
        String[] values = line.getOptionValues(option);
        return values == null ? List.of() : List.of(values);
    }

    public int integer(String option, int fallback, int min, int max) {
        String value = line.getOptionValue(option);
        return value == null ? fallback : parseInt(option, value, min, max);
    }

    public long longValue(String option, long fallback, long min, long max) {
        String value = line.getOptionValue(option);
        return value == null ? fallback : parseLong(option, value, min, max);
    }

    /** A comma-separated list of whole numbers, each within [min, max], without duplicates. */
    public List<Integer> integers(String option, List<Integer> fallback, int min, int max) {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : splitList(option, value)) {
            out.add(parseInt(option, part, min, max));
        }
        return List.copyOf(out);
    }

    /** One value from a fixed set. */
    public String choice(String option, String fallback, List<String> allowed) {
        String value = line.getOptionValue(option);
        return value == null ? fallback : checkChoice(option, value, allowed);
    }

    /** A comma-separated list of values from a fixed set, without duplicates. */
    public List<String> choices(String option, List<String> fallback, List<String> allowed) {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : splitList(option, value)) {
            out.add(checkChoice(option, part, allowed));
        }
        return List.copyOf(out);
    }

    private static List<String> splitList(String option, String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                throw new UsageException("--" + option + ": empty item in '" + value + "'; give a comma-separated list");
            }
            parts.add(trimmed);
        }
        return parts;
    }

    private static String checkChoice(String option, String value, List<String> allowed) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw new UsageException("--" + option + ": unknown value '" + Printable.of(value)
                    + "'; allowed: " + String.join(", ", allowed));
        }
        return lower;
    }

    static int parseInt(String option, String value, int min, int max) {
        return (int) Values.parseLong(option, value, min, max);
    }

    static long parseLong(String option, String value, long min, long max) {
        return Values.parseLong(option, value, min, max);
    }
}
