package io.threadlab.experiment.commands;

import io.threadlab.experiment.Params;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.harness.Settings;
import java.util.List;

/** A fully validated run: nothing has started yet. */
record RunPlan(Experiment experiment, Params params, List<RowPlan> rows, Settings settings, String format) {}
