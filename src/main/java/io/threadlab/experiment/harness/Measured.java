package io.threadlab.experiment.harness;

import io.threadlab.experiment.trace.Timeline;
import java.math.BigInteger;

/** One timed run of a row: its result, wall, CPU and GC time, GIL hand-overs and, if kept, its timeline. */
record Measured(BigInteger result, double wallMs, double cpuMs, double gcMs, long gilSwitches, Timeline timeline) {}
