package io.threadlab.experiment.harness;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.SimulatedGil;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.strategy.Execution;
import io.threadlab.experiment.strategy.Strategy;
import io.threadlab.experiment.trace.Timeline;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A row run in this JVM by one of the strategies, under the simulated GIL if it asks for one. */
final class JvmRows implements RowRunner {
    private final Workload workload;
    private final Strategy strategy;
    private final RowPlan plan;
    private final Settings settings;
    private final Cancellation cancellation;

    JvmRows(Workload workload, Strategy strategy, RowPlan plan, Settings settings, Cancellation cancellation) {
        this.workload = workload;
        this.strategy = strategy;
        this.plan = plan;
        this.settings = settings;
        this.cancellation = cancellation;
    }

    @Override
    public Measured once(boolean keepTimeline) throws Exception {
        cancellation.check();
        TaskSet set = workload.tasks(plan.id().workers());
        SimulatedGil gil = plan.id().gil() ? new SimulatedGil(settings.switchIntervalMillis()) : null;
        Timeline timeline = keepTimeline ? new Timeline() : null;
        Execution execution = new Execution(plan.id().workers(), cancellation, gil, timeline);
        long cpu0 = processCpuNanos();
        long child0 = strategy.childCpuNanos();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        BigInteger head = set.serial() == null ? null : execution.newWorker("main").run(set.serial());
        List<BigInteger> parts = new ArrayList<>(strategy.execute(workload, set.tasks(), execution));
        long wall = System.nanoTime() - t0;
        if (head != null) {
            parts.add(head);
        }
        int measured = set.tasks().size() + (head == null ? 0 : 1);
        // Prefer the tasks' own CPU time; the process's also counts the JIT and the GC.
        long cpu = execution.cpu().total(measured).orElse(processCpuNanos() - cpu0) + strategy.childCpuNanos() - child0;
        long gc = gcMillis() - gc0;
        if (timeline != null) {
            timeline.finish();
        }
        return new Measured(set.combine().apply(parts), wall / 1e6, cpu / 1e6, gc, gil == null ? 0 : gil.switches(), timeline);
    }

    @Override
    public double startupMs() {
        return strategy.startupMs();
    }

    @Override
    public void close() {
        strategy.close();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
