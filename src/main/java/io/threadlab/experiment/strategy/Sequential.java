package io.threadlab.experiment.strategy;

import io.threadlab.experiment.Task;
import io.threadlab.experiment.WorkerContext;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The baseline: the calling thread runs every task in order. */
public final class Sequential implements Strategy {
    @Override
    public List<BigInteger> execute(Workload workload, List<Task> tasks, Execution execution) throws Exception {
        WorkerContext worker = execution.newWorker("main");
        List<BigInteger> results = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            results.add(worker.run(task));
        }
        return results;
    }
}
