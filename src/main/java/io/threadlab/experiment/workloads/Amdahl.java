package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Amdahl's law made concrete: a sum of squares over {@code work} million numbers, of which
 * {@code serial} percent is summed first, alone, on the thread that starts the run, and the
 * rest is split evenly into one task per worker. However many workers there are, the serial
 * part takes the same time, so the speed-up can never pass 100 / serial.
 */
public final class Amdahl implements Workload {
    public static final Opt<Long> SERIAL = Opt.number("serial", "percent of the work that must run alone, first", 20, 0, 100);
    public static final Opt<Long> WORK = Opt.number("work", "millions of numbers to sum the squares of", 400, 1, 100_000);
    private final long serialEnd;
    private final long total;

    public Amdahl(Params params) {
        this.total = params.get(WORK) * 1_000_000;
        this.serialEnd = total * params.get(SERIAL) / 100;
    }

    @Override
    public TaskSet tasks(int workers) {
        List<Task> tasks = new ArrayList<>();
        long rest = total - serialEnd;
        for (int w = 0; w < workers; w++) {
            long lo = serialEnd + rest * w / workers;
            long hi = serialEnd + rest * (w + 1) / workers;
            tasks.add(ctx -> Squares.sumOfSquares(lo, hi, ctx));
        }
        return serialEnd == 0 ? TaskSet.summing(tasks) : TaskSet.summing(ctx -> Squares.sumOfSquares(0, serialEnd, ctx), tasks);
    }


    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        BigInteger expected = Squares.closedForm(total);
        return expected.equals(result) ? Optional.empty()
                : Optional.of("total is " + result + " but the closed form says " + expected);
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "%,d = the sum of i² for i below %,d", result, total);
    }
}
