package io.threadlab.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How an option's text becomes a typed value, and back. Every refusal is one line that names
 * the option, the value and what is allowed; {@link #allowed()} is the same text for help.
 */
public interface ValueType<T> {
    T parse(String option, String raw);

    /** The inverse of {@link #parse}: used for help, lessons and the worker JVMs' wire format. */
    String format(T value);

    /** What is allowed, e.g. {@code 1 to 100} or {@code any of a, b}. */
    String allowed();

    /** Completion candidates for one value (one item of a comma list). */
    default List<String> candidates() {
        return List.of();
    }

    /** Whether a value names a file or program, so that Tab completes paths. */
    default boolean path() {
        return false;
    }

    /** Whether the value is a comma-separated list, completed item by item. */
    default boolean commaList() {
        return false;
    }

    static ValueType<Integer> integer(int min, int max) {
        return new Number<>(min, max, Long::intValue);
    }

    static ValueType<Long> number(long min, long max) {
        return new Number<>(min, max, Long::longValue);
    }

    static ValueType<List<Integer>> integers(int min, int max) {
        return new ListOf<>(integer(min, max), true);
    }

    static ValueType<List<Long>> numbers(long min, long max) {
        return new ListOf<>(number(min, max), false);
    }

    static ValueType<String> choice(List<String> choices) {
        return new Choice(choices);
    }

    static ValueType<List<String>> choices(List<String> choices) {
        return new ListOf<>(choice(choices), true);
    }

    /** Free text checked by {@code problem}, which returns why a value is refused (naming what is allowed), or null. */
    static ValueType<String> text(String allowed, Function<String, String> problem) {
        return new Text(allowed, problem);
    }

    /** A whole number within [min, max]. */
    record Number<T>(long min, long max, Function<Long, T> convert) implements ValueType<T> {
        @Override
        public T parse(String option, String raw) {
            return convert.apply(Values.parseLong(option, raw, min, max));
        }

        @Override
        public String format(T value) {
            return value.toString();
        }

        @Override
        public String allowed() {
            return Values.range(min, max);
        }
    }

    /** One of a fixed set, case-insensitive. */
    record Choice(List<String> choices) implements ValueType<String> {
        @Override
        public String parse(String option, String raw) {
            String lower = raw.strip().toLowerCase(Locale.ROOT);
            if (!choices.contains(lower)) {
                throw new UsageException("--" + option + ": unknown value '" + Printable.of(raw)
                        + "'; allowed: " + String.join(", ", choices));
            }
            return lower;
        }

        @Override
        public String format(String value) {
            return value;
        }

        @Override
        public String allowed() {
            return "any of " + String.join(", ", choices);
        }

        @Override
        public List<String> candidates() {
            return choices;
        }
    }

    /** A comma-separated list of items; {@code distinct} drops repeats, keeping the first. */
    record ListOf<E>(ValueType<E> item, boolean distinct) implements ValueType<List<E>> {
        @Override
        public List<E> parse(String option, String raw) {
            List<E> out = new ArrayList<>();
            for (String part : raw.split(",", -1)) {
                if (part.isBlank()) {
                    throw new UsageException("--" + option + ": empty item in '" + Printable.of(raw)
                            + "'; give a comma-separated list");
                }
                out.add(item.parse(option, part.strip()));
            }
            return distinct ? List.copyOf(new LinkedHashSet<>(out)) : List.copyOf(out);
        }

        @Override
        public String format(List<E> value) {
            return value.stream().map(item::format).collect(Collectors.joining(","));
        }

        @Override
        public String allowed() {
            return "a comma-separated list, each " + item.allowed();
        }

        @Override
        public List<String> candidates() {
            return item.candidates();
        }

        @Override
        public boolean commaList() {
            return true;
        }
    }

    /** Text naming a file, folder or program, with its own check; completed from the file system. */
    static ValueType<String> path(String allowed, Function<String, String> problem) {
        return new Text(allowed, problem, true);
    }

    /** Text with its own check (a URL, a file name). */
    record Text(String allowed, Function<String, String> problem, boolean path) implements ValueType<String> {
        Text(String allowed, Function<String, String> problem) {
            this(allowed, problem, false);
        }

        @Override
        public String parse(String option, String raw) {
            String why = problem.apply(raw);
            if (why != null) {
                throw new UsageException("--" + option + ": '" + Printable.of(raw) + "' " + why);
            }
            return raw;
        }

        @Override
        public String format(String value) {
            return value;
        }
    }

    /** One value per occurrence of a repeatable option: commas belong to the value (URLs). */
    record Occurrences(ValueType<String> item) implements ValueType<List<String>> {
        @Override
        public List<String> parse(String option, String raw) {
            return List.of(item.parse(option, raw));
        }

        @Override
        public String format(List<String> value) {
            return String.join("\n", value);
        }

        @Override
        public String allowed() {
            return item.allowed();
        }
    }
}
