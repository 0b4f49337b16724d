package io.threadlab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a predict step takes from its run, as a lesson writes it:
 * {@code median ROW}, {@code speedup ROW}, {@code result ROW} or {@code ratio ROW / ROW}
 * (median over median). ROW names a row of the run's table, optionally with its worker count:
 * {@code threads}, {@code threads×8}, {@code threads+gil×2}, {@code unsafe}. This is the one
 * definition of that grammar: the predict step reads it, and the validator checks that the
 * rows it names are rows the step's command produces.
 */
public record Measure(Kind kind, List<RowRef> rows) {
    public enum Kind { MEDIAN, SPEEDUP, RESULT, RATIO }

    private static final Pattern ONE = Pattern.compile("(median|speedup|result) (\\S.*)");
    private static final Pattern RATIO = Pattern.compile("ratio (\\S.*?) / (\\S.*)");

    public static final String GRAMMAR = "'measure: median|speedup|result ROW' or 'measure: ratio ROW / ROW'";

    /** @return the measure, or empty if the text does not follow the grammar */
    public static Optional<Measure> parse(String text) {
        Matcher ratio = RATIO.matcher(text.strip());
        if (ratio.matches()) {
            return Optional.of(new Measure(Kind.RATIO, List.of(RowRef.parse(ratio.group(1)), RowRef.parse(ratio.group(2)))));
        }
        Matcher one = ONE.matcher(text.strip());
        if (one.matches()) {
            return Optional.of(new Measure(Kind.valueOf(one.group(1).toUpperCase(Locale.ROOT)), List.of(RowRef.parse(one.group(2)))));
        }
        return Optional.empty();
    }

    /** A row as a measure names it: its name in the mode column, and the worker count if given. */
    public record RowRef(String name, Integer workers) {
        static RowRef parse(String text) {
            String[] parts = text.strip().split("×", 2);
            Integer workers = parts.length == 2 && parts[1].matches("\\d{1,7}") ? Integer.valueOf(parts[1]) : null;
            return new RowRef(parts[0].strip(), workers);
        }

        public boolean matches(String rowName, int rowWorkers) {
            return name.equals(rowName) && (workers == null || workers == rowWorkers);
        }

        @Override
        public String toString() {
            return name + (workers == null ? "" : "×" + workers);
        }
    }
}
