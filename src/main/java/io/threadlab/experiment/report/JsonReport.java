package io.threadlab.experiment.report;

import com.fasterxml.jackson.jr.ob.JSON;
import io.threadlab.experiment.Engine;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs as JSON objects: {@code experiment, params, machine {cores, java}, rows}. */
public final class JsonReport {
    private JsonReport() {}

    public static String one(RunReport report) {
        return write(toMap(report));
    }

    public static String many(List<RunReport> reports) {
        return write(reports.stream().map(JsonReport::toMap).toList());
    }

    private static String write(Object value) {
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> toMap(RunReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", report.number());
        out.put("experiment", report.experiment());
        out.put("params", report.params());
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", report.cores());
        machine.put("java", report.java());
        report.engines().stream().filter(e -> !e.jvm()).findFirst().ifPresent(e -> machine.put("python", e.name() + " " + e.version()
                + (e.gil() ? "" : " (no GIL)")));
        out.put("machine", machine);
        out.put("started", report.started().toString());
        // What the tool could see that casts doubt on the comparisons, so exports carry it too.
        if (report.cpuBound()) {
            out.put("cpu_share", Fmt.round3(report.cpuShare()));
        }
        if (!Double.isNaN(report.recheckMs())) {
            out.put("baseline_recheck_ms", Fmt.round3(report.recheckMs()));
        }
        out.put("busy", report.busy());
        out.put("doubts", report.doubts());
        if (!report.notes().isEmpty()) {
            out.put("notes", report.notes());
        }
        List<Object> rows = new ArrayList<>();
        for (RowResult row : report.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            Engine engine = row.id().engine();
            r.put("mode", row.id().plainName());
            r.put("runtime", engine.id());
            r.put("version", engine.version());
            r.put("workers", row.shownWorkers());
            // For JVM rows, whether the GIL was simulated; for CPython rows, whether the interpreter has one.
            r.put("gil", engine.jvm() ? row.gil() : engine.gil());
            r.put("result", row.result().toString());
            r.put("result_text", row.resultText());
            Map<String, Object> wall = new LinkedHashMap<>();
            wall.put("min", Fmt.round3(row.minMs()));
            wall.put("median", Fmt.round3(row.medianMs()));
            wall.put("max", Fmt.round3(row.maxMs()));
            r.put("wall_ms", wall);
            r.put("cold_ms", Fmt.round3(row.coldMs()));
            r.put("cpu_ms", Map.of("median", Fmt.round3(row.cpuMs())));
            r.put("cpu_per_wall", Fmt.round3(row.cpuPerWall()));
            r.put("gc_ms", Fmt.round3(row.gcMs()));
            r.put("spawn_ms", Fmt.round3(row.spawnMs()));
            r.put("per_unit_ms", Fmt.round3(row.perUnitMs()));
            r.put("speedup", Fmt.round3(report.speedup(row)));
            if (!engine.jvm()) {
                r.put("speedup_vs_jvm", Fmt.round3(report.againstJvm(row)));
            }
            r.put("efficiency", Fmt.round3(report.efficiency(row)));
            r.put("unstable", row.unstable());
            if (row.gil()) {
                r.put("gil_switches", row.gilSwitches());
            }
            if (!row.detail().isEmpty()) {
                r.put("detail", row.detail());
            }
            rows.add(r);
        }
        out.put("rows", rows);
        return out;
    }
}
