package io.threadlab.experiment.catalog;

import io.threadlab.experiment.Mode;
import java.util.Map;

/** One row of a run: how to execute, with how many workers, and the workload's params. */
public record RowPlan(String label, Mode mode, int workers, boolean gil, Map<String, String> params) {}
