package io.threadlab.experiment.catalog;

import io.threadlab.experiment.Params;
import io.threadlab.experiment.RowId;

/** One row of a run: what it is, and the workload's parameters for it. */
public record RowPlan(RowId id, Params params) {}
