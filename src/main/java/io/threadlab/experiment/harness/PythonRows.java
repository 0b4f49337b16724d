package io.threadlab.experiment.harness;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.python.PythonChild;
import io.threadlab.experiment.trace.Activity;
import io.threadlab.experiment.trace.Timeline;
import io.threadlab.experiment.trace.WorkerTrace;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row run by a CPython child. The child times each run itself, with {@code perf_counter}
 * around the mode's code as the JVM rows time theirs, so the pipe between the two is not
 * counted; it reports the CPU time of its process and of its pool's processes, and where and
 * when each task ran.
 */
final class PythonRows implements RowRunner {
    private final PythonChild child;
    private final RowPlan plan;
    private final double spawnMs;

    PythonRows(Experiment experiment, RowPlan plan, Params params, Cancellation cancellation) throws IOException {
        this.plan = plan;
        this.child = new PythonChild(plan.id().engine(), cancellation);
        try {
            Map<String, Object> open = new LinkedHashMap<>();
            open.put("op", "open");
            open.put("experiment", experiment.name());
            open.put("params", values(experiment.parameters(), params));
            open.put("mode", plan.id().mode().id());
            open.put("workers", plan.id().workers());
            Object spawn = child.request(open).get("spawn_ns");
            spawnMs = spawn instanceof Number n ? n.longValue() / 1e6 : Double.NaN;
        } catch (IOException | RuntimeException e) {
            child.close();
            throw e;
        }
    }

    /** Every parameter the script may read, by its option's name, with defaults filled in. */
    static Map<String, Object> values(List<Opt<?>> options, Params params) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Opt<?> o : options) {
            Object v = params.has(o) ? params.get(o) : o.defaultValue();
            if (v != null) {
                out.put(o.name(), v);
            }
        }
        return out;
    }

    @Override
    public Measured once(boolean keepTimeline) throws Exception {
        Map<String, Object> reply = child.request(Map.of("op", "run", "trace", keepTimeline));
        long wall = number(reply.get("wall_ns"));
        Timeline timeline = null;
        if (keepTimeline) {
            timeline = new Timeline();
            record(timeline, (List<?>) reply.get("tasks"), plan.id().mode() == Mode.THREADS && plan.id().engine().gil());
            timeline.finish(wall);
        }
        return new Measured(new BigInteger(String.valueOf(reply.get("result"))), wall / 1e6,
                number(reply.get("cpu_ns")) / 1e6, 0, 0, timeline);
    }

    /**
     * Each task as intervals: its blocking call as I/O, the rest as running. Threads under a
     * GIL ran only for the task's CPU time and waited for the lock the rest of it, so that rest
     * is split by share: when each turn came is not known, only how much of the task it took.
     */
    static void record(Timeline timeline, List<?> tasks, boolean underGil) {
        Map<String, WorkerTrace> traces = new HashMap<>();
        for (Object o : tasks) {
            List<?> t = (List<?>) o;
            WorkerTrace trace = traces.computeIfAbsent(String.valueOf(t.get(0)), timeline::newWorker);
            long start = number(t.get(1));
            long end = number(t.get(2));
            long cpu = number(t.get(3));
            long ioStart = number(t.get(4));
            long ioEnd = number(t.get(5));
            trace.taskStartsAt(start);
            boolean io = ioStart >= 0 && ioEnd >= ioStart;
            long computing = (end - start) - (io ? ioEnd - ioStart : 0);
            double share = !underGil || cpu < 0 || computing <= 0 ? 1 : Math.min(1, cpu / (double) computing);
            if (io) {
                computed(trace, start, ioStart, share);
                trace.add(Activity.IO, ioStart, ioEnd, 1);
                computed(trace, ioEnd, end, share);
            } else {
                computed(trace, start, end, share);
            }
        }
    }

    private static void computed(WorkerTrace trace, long start, long end, double runShare) {
        trace.add(Activity.RUNNING, start, end, runShare);
        trace.add(Activity.WAITING, start, end, 1 - runShare);
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : -1;
    }

    @Override
    public double startupMs() {
        return spawnMs;
    }

    @Override
    public void close() {
        child.close();
    }
}
