package io.threadlab.experiment;

import java.math.BigInteger;

/** One piece of a workload. Results are whole numbers so every mode, processes included, can compare them. */
@FunctionalInterface
public interface Task {
    BigInteger run(WorkerContext context) throws Exception;
}
