package io.threadlab.experiment.report;

import java.util.Locale;

/** Number formats shared by every report. */
public final class Fmt {
    private Fmt() {}

    /** A duration in ms, with a unit and three significant figures: 0.412 ms, 31.2 ms, 1.02 s. */
    public static String ms(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        if (ms >= 1000) {
            return String.format(Locale.ROOT, ms >= 10_000 ? "%.1f s" : "%.2f s", ms / 1000);
        }
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms >= 1) {
            return String.format(Locale.ROOT, "%.2f ms", ms);
        }
        return String.format(Locale.ROOT, "%.3f ms", ms);
    }

    /** A range with the unit once when both ends share it: 442–457 ms, 0.98–1.02 s. */
    public static String range(double lo, double hi) {
        String a = ms(lo);
        String b = ms(hi);
        int space = a.lastIndexOf(' ');
        if (space > 0 && a.substring(space).equals(b.substring(b.lastIndexOf(' ')))) {
            return a.substring(0, space) + "–" + b;
        }
        return a + "–" + b;
    }

    /** A ratio: two decimals while they mean something, whole numbers once it is large (13,323×). */
    public static String times(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        return String.format(Locale.ROOT, x >= 100 ? "%,.0f×" : "%.2f×", x);
    }

    /** How many times slower or faster, as a sentence says it: 16×, 6.4×, 1.35×. */
    public static String factor(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        return String.format(Locale.ROOT, x >= 9.95 ? "%,.0f×" : x >= 2 ? "%.1f×" : "%.2f×", x);
    }

    public static String ratio(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.2f", x);
    }

    public static String percent(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }

    /** Rounded for machine-readable output: microsecond precision is plenty. */
    public static Double round3(double x) {
        return Double.isNaN(x) ? null : Math.round(x * 1000) / 1000.0;
    }
}
