package io.threadlab.experiment.harness;

import io.threadlab.experiment.Mode;
import io.threadlab.experiment.RowId;
import io.threadlab.experiment.trace.Timeline;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The measurements of one row. Times are in milliseconds; {@code wallMs} holds every
 * timed repeat, sorted.
 *
 * @param coldMs    the first warm-up run's wall time, or NaN without warm-up
 * @param spawnMs   time to start the worker processes, or NaN for thread modes
 * @param perUnitMs wall time per unit for experiments that time a unit (spawn), else NaN
 * @param detail    a note on the result, such as lost updates
 */
public record RowResult(RowId id, BigInteger result, String resultText,
                        double coldMs, double[] wallMs, double cpuMs, double gcMs, double spawnMs, double perUnitMs,
                        long gilSwitches, String detail, Timeline timeline) {

    public Mode mode() {
        return id.mode();
    }

    public int workers() {
        return id.workers();
    }

    public boolean gil() {
        return id.gil();
    }

    public double minMs() {
        return wallMs[0];
    }

    public double medianMs() {
        return median(wallMs);
    }

    public double maxMs() {
        return wallMs[wallMs.length - 1];
    }

    /** Worst more than twice the best: the machine was busy, or the run is too short to trust. */
    public boolean unstable() {
        return wallMs.length > 1 && maxMs() > 2 * minMs();
    }

    /** CPU time over wall time: about 1 for one busy core, about N for N busy cores. */
    public double cpuPerWall() {
        return medianMs() > 0 ? cpuMs / medianMs() : 0;
    }

    public int shownWorkers() {
        return id.shownWorkers();
    }

    public static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
