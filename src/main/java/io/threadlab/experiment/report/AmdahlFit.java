package io.threadlab.experiment.report;

import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.jansi.Ansi;

/**
 * Amdahl's law fitted to a sweep: the serial fraction s for which 1 / (s + (1 - s) / n) comes
 * closest to the measured speed-ups, where n is the workers that can run at once, never more
 * than the cores. Drawn beside the measurements, with how far the law misses them: a bad fit
 * is reported as one, not hidden.
 */
public record AmdahlFit(double serial, int cores, double worstMiss, int worstAt) {
    /** A miss above this means something other than a serial part shaped the run. */
    static final double GOOD_FIT = 0.15;

    /** The law's speed-up with {@code workers} workers. */
    public double predict(int workers) {
        int n = Math.min(workers, cores);
        return 1 / (serial + (1 - serial) / n);
    }

    /**
     * The least-squares fit of 1/speed-up = s + (1 - s)/n, which is linear in s; empty when no
     * row ran on more than one core at once, since then the law has nothing to fit.
     */
    public static Optional<AmdahlFit> of(RunReport report, List<RowResult> rows) {
        double num = 0;
        double den = 0;
        for (RowResult r : rows) {
            double x = report.speedup(r);
            int n = Math.min(r.workers(), report.cores());
            if (n > 1 && x > 0) {
                double a = 1 - 1.0 / n;
                num += a * (1 / x - 1.0 / n);
                den += a * a;
            }
        }
        if (den == 0) {
            return Optional.empty();
        }
        double s = Math.max(0, Math.min(1, num / den));
        AmdahlFit fit = new AmdahlFit(s, report.cores(), 0, 0);
        double worst = 0;
        int at = 0;
        for (RowResult r : rows) {
            double miss = Math.abs(report.speedup(r) / fit.predict(r.workers()) - 1);
            if (miss > worst) {
                worst = miss;
                at = r.workers();
            }
        }
        return Optional.of(new AmdahlFit(s, report.cores(), worst, at));
    }

    /** The chart (measured bars, the law's mark on each) and what the fit says, in sentences. */
    public List<String> lines(RunReport report, List<RowResult> rows, Style style, int width) {
        List<String> out = new ArrayList<>();
        out.add(style.dim(String.format(Locale.ROOT, "speed-up by workers: █ measured, ┃ Amdahl's law with a %.0f%% serial part", serial * 100)));
        double top = 1;
        for (RowResult r : rows) {
            top = Math.max(top, Math.max(report.speedup(r), predict(r.workers())));
        }
        int label = rows.stream().mapToInt(r -> TextWidth.of(r.id().title())).max().orElse(10);
        int room = Math.max(10, Math.min(40, width - label - 24));
        for (RowResult r : rows) {
            double x = report.speedup(r);
            double law = predict(r.workers());
            char[] bar = " ".repeat(room + 1).toCharArray();
            int len = (int) Math.round(room * x / top);
            for (int i = 0; i < Math.min(len, room + 1); i++) {
                bar[i] = '█';
            }
            bar[Math.min(room, (int) Math.round(room * law / top))] = '┃';
            out.add(TextWidth.padRight(r.id().title(), label) + "  " + style.bright(Ansi.Color.CYAN, new String(bar))
                    + " " + Fmt.times(x) + style.dim(" · law " + Fmt.times(law)));
        }
        String given = report.params().containsKey("serial") ? " (this run set --serial " + report.params().get("serial") + ")" : "";
        out.add(String.format(Locale.ROOT, "Amdahl's law fits these speed-ups best with %.0f%% of the work serial%s;"
                + " with that, no number of cores could pass %s", serial * 100, given,
                serial < 0.005 ? "the number of cores" : Fmt.times(1 / serial)));
        if (worstMiss > GOOD_FIT) {
            out.add(String.format(Locale.ROOT, "but the law misses this run by %.0f%% at %d workers: something besides a serial part"
                    + " shaped it (the machine's other load, start-up, or more workers than cores)", worstMiss * 100, worstAt));
        } else {
            out.add(String.format(Locale.ROOT, "the law is within %.0f%% of every measured point; the %d cores cap n in"
                    + " 1 / (s + (1 - s) / n), so workers beyond %d add nothing", Math.max(1, worstMiss * 100), cores, cores));
        }
        return out;
    }
}
