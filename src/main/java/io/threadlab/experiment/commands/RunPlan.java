package io.threadlab.experiment.commands;

import io.threadlab.experiment.Params;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.harness.Settings;
import java.util.List;

/**
 * A fully validated run: nothing has started yet.
 *
 * @param notes   what was left out and why, shown with the results
 * @param failure why nothing can run (CPython rows only, and no usable Python), or null
 */
record RunPlan(Experiment experiment, Params params, List<RowPlan> rows, Settings settings, String format,
               List<String> notes, String failure) {}
