package io.threadlab.command;

import java.util.Locale;

/** Checked conversions of option values, each refusal one line naming what is allowed. */
public final class Values {
    private Values() {}

    /** A whole number within [min, max]; underscores and thousands commas are not accepted in lists. */
    public static long parseLong(String option, String value, long min, long max) {
        String digits = value.strip().replace("_", "");
        long parsed;
        try {
            parsed = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + ": '" + Printable.of(value)
                    + "' is not a whole number; allowed: " + range(min, max));
        }
        if (parsed < min || parsed > max) {
            throw new UsageException("--" + option + ": " + String.format(Locale.ROOT, "%,d", parsed)
                    + " is out of range; allowed: " + range(min, max));
        }
        return parsed;
    }

    public static String range(long min, long max) {
        return min == max ? String.format(Locale.ROOT, "only %,d", min) : String.format(Locale.ROOT, "%,d to %,d", min, max);
    }
}
