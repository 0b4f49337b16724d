package io.threadlab.experiment.cli;

import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.harness.Settings;
import java.util.List;
import java.util.Map;

/** A fully validated run: nothing has started yet. */
record RunPlan(Experiment experiment, Map<String, String> params, List<RowPlan> rows, Settings settings, String format) {}
