package io.threadlab.experiment.strategy;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.process.WorkerPool;
import java.math.BigInteger;
import java.util.List;

/** Runs tasks in a pool of worker JVMs that is started once per row and reused by its runs. */
public final class ProcessStrategy implements Strategy {
    private final WorkerPool pool;

    public ProcessStrategy(int workers, String experiment, Params params, Cancellation cancellation) throws Exception {
        this.pool = new WorkerPool(workers, experiment, params, cancellation);
    }

    @Override
    public double startupMs() {
        return pool.spawnNanos() / 1e6;
    }

    @Override
    public long childCpuNanos() {
        return pool.cpuNanos();
    }

    @Override
    public List<BigInteger> execute(Workload workload, List<Task> tasks, Execution execution) throws Exception {
        return pool.run(tasks.size(), execution.workers(), execution.cancellation(), execution.timeline());
    }

    @Override
    public void close() {
        pool.close();
    }
}
