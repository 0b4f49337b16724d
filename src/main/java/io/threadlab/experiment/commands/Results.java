package io.threadlab.experiment.commands;

import com.fasterxml.jackson.jr.ob.JSON;
import io.threadlab.experiment.Engine;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.RowId;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.progress.AtomicFiles;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's runs, newest last: this session's and, read from the data dir on first use,
 * earlier sessions' (the last {@value #KEEP}), so that {@code results N} survives a restart.
 * One JSON line per run; timelines are not kept. A file that cannot be read or written
 * costs the history, never the run.
 */
public final class Results {
    static final int KEEP = 50;
    private final Path file;
    private List<RunReport> runs;
    private final List<RunReport> thisSession = new ArrayList<>();
    private String problem;

    /** @param file where runs are kept */
    public Results(Path file) {
        this.file = file;
    }

    public synchronized int nextNumber() {
        return runs().isEmpty() ? 1 : runs().getLast().number() + 1;
    }

    public synchronized void add(RunReport report) {
        runs().add(report);
        thisSession.add(report);
        while (runs.size() > KEEP) {
            runs.removeFirst();
        }
        save();
    }

    public synchronized List<RunReport> all() {
        return List.copyOf(runs());
    }

    /** The runs made since this shell started: what {@code export} writes. */
    public synchronized List<RunReport> session() {
        return List.copyOf(thisSession);
    }

    /** This session's last run: the one 'timeline' draws and a predict step measures (kept runs have no timeline). */
    public synchronized Optional<RunReport> last() {
        return thisSession.isEmpty() ? Optional.empty() : Optional.of(thisSession.getLast());
    }

    /** Why earlier runs could not be read or these kept, if so; {@code results} says it. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private List<RunReport> runs() {
        if (runs == null) {
            runs = new ArrayList<>();
            if (Files.isRegularFile(file)) {
                try {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        try {
                            runs.add(fromJson(JSON.std.mapFrom(line)));
                        } catch (IOException | RuntimeException e) {
                            problem = "a line of " + file + " could not be read and was skipped";
                        }
                    }
                } catch (IOException e) {
                    problem = "earlier runs in " + file + " could not be read (" + e.getClass().getSimpleName() + ")";
                }
            }
        }
        return runs;
    }

    private void save() {
        try {
            StringBuilder text = new StringBuilder();
            for (RunReport r : runs) {
                text.append(JSON.std.asString(toJson(r))).append('\n');
            }
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, text.toString());
        } catch (IOException | RuntimeException e) {
            problem = "runs could not be kept in " + file + " (" + e.getClass().getSimpleName() + "); they last this session";
        }
    }

    static Map<String, Object> toJson(RunReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("experiment", r.experiment());
        m.put("params", r.params());
        m.put("cores", r.cores());
        m.put("java", r.java());
        m.put("started", r.started().toString());
        m.put("hasSpeedup", r.hasSpeedup());
        m.put("cpuShare", num(r.cpuShare()));
        m.put("recheckMs", num(r.recheckMs()));
        m.put("notes", r.notes());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RowResult row : r.rows()) {
            Map<String, Object> x = new LinkedHashMap<>();
            RowId id = row.id();
            Engine e = id.engine();
            x.put("label", id.label());
            x.put("mode", id.mode().id());
            x.put("workers", id.workers());
            x.put("gil", id.gil());
            x.put("engine", List.of(e.id(), e.name(), e.version(), e.gil(), e.command() == null ? "" : e.command()));
            x.put("result", row.result().toString());
            x.put("resultText", row.resultText());
            x.put("coldMs", num(row.coldMs()));
            x.put("wallMs", java.util.Arrays.stream(row.wallMs()).boxed().map(Results::num).toList());
            x.put("cpuMs", num(row.cpuMs()));
            x.put("gcMs", num(row.gcMs()));
            x.put("spawnMs", num(row.spawnMs()));
            x.put("perUnitMs", num(row.perUnitMs()));
            x.put("gilSwitches", row.gilSwitches());
            x.put("detail", row.detail());
            rows.add(x);
        }
        m.put("rows", rows);
        return m;
    }

    @SuppressWarnings("unchecked")
    static RunReport fromJson(Map<String, Object> m) {
        List<RowResult> rows = new ArrayList<>();
        for (Map<String, Object> x : (List<Map<String, Object>>) m.get("rows")) {
            List<Object> e = (List<Object>) x.get("engine");
            Engine engine = "jvm".equals(e.get(0)) ? Engine.JVM : new Engine((String) e.get(0), (String) e.get(1), (String) e.get(2),
                    (Boolean) e.get(3), (String) e.get(4));
            RowId id = new RowId((String) x.get("label"), Mode.of((String) x.get("mode")), num(x.get("workers")).intValue(),
                    (Boolean) x.get("gil"), engine);
            double[] wall = ((List<Object>) x.get("wallMs")).stream().mapToDouble(Results::dbl).toArray();
            rows.add(new RowResult(id, new BigInteger((String) x.get("result")), (String) x.get("resultText"),
                    dbl(x.get("coldMs")), wall, dbl(x.get("cpuMs")), dbl(x.get("gcMs")),
                    dbl(x.get("spawnMs")), dbl(x.get("perUnitMs")),
                    num(x.get("gilSwitches")).longValue(), (String) x.get("detail"), null));
        }
        Map<String, String> params = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("params")).forEach((k, v) -> params.put(k, String.valueOf(v)));
        return new RunReport(num(m.get("number")).intValue(), (String) m.get("experiment"), params, num(m.get("cores")).intValue(),
                (String) m.get("java"), Instant.parse((String) m.get("started")), rows, (Boolean) m.get("hasSpeedup"),
                dbl(m.get("cpuShare")), List.copyOf((List<String>) m.get("notes")), dbl(m.get("recheckMs")));
    }

    private static Number num(Object o) {
        return (Number) o;
    }

    /** JSON has no NaN (a figure that was not measured): it is kept as null. */
    private static Double num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }

    private static double dbl(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }
}
