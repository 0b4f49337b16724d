package io.threadlab.experiment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.experiment.Mode;
import io.threadlab.experiment.RowId;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.output.Style;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The harness's statistics and every report format, on a run made by hand (nothing is timed). */
class ReportsTest {
    static RowResult row(RowId id, double... wallMs) {
        return new RowResult(id, BigInteger.valueOf(42), "42 = the answer", 500, RowResult.sorted(wallMs), 380, 0,
                Double.NaN, Double.NaN, 0, "", null);
    }

    static final RowResult SEQ = row(new RowId("sequential", Mode.SEQUENTIAL, 1, false), 410, 400, 420);
    static final RowResult THREADS = row(new RowId("threads", Mode.THREADS, 2, false), 230, 200, 190, 210);
    static final RowResult GIL = row(new RowId("threads", Mode.THREADS, 2, true), 100, 450);
    static final RunReport RUN = new RunReport(1, "primes", Map.of("limit", "1000"), 2, "25", Instant.EPOCH,
            List.of(SEQ, THREADS, GIL), true, 0.97);

    static RunReport sweep(double cpuShare, double... medians) {
        List<RowResult> rows = new java.util.ArrayList<>(List.of(row(new RowId("sequential", Mode.SEQUENTIAL, 1, false), 400, 400, 400)));
        int workers = 1;
        for (double m : medians) {
            rows.add(row(new RowId("threads", Mode.THREADS, workers, false), m, m, m));
            workers *= 2;
        }
        return new RunReport(2, "primes", Map.of(), 2, "25", Instant.EPOCH, rows, true, cpuShare);
    }

    @Test
    void statisticsAreTheMedianRangeAndRatiosOfTheRepeats() {
        assertEquals(410, SEQ.medianMs());
        assertEquals(400, SEQ.minMs());
        assertEquals(420, SEQ.maxMs());
        assertEquals(205, THREADS.medianMs(), "an even count averages the two middle repeats");
        assertEquals(275, GIL.medianMs());
        assertFalse(SEQ.unstable());
        assertTrue(GIL.unstable(), "the slowest repeat took over twice the fastest");
        assertEquals(380 / 410.0, SEQ.cpuPerWall(), 1e-9);
        assertEquals(Optional.of(SEQ), RUN.baseline());
        assertEquals(2.0, RUN.speedup(THREADS), 1e-9);
        assertEquals(1.0, RUN.efficiency(THREADS), 1e-9, "speedup per core used: 2× on 2 workers");
        assertEquals(1.0, RUN.speedup(SEQ), 1e-9);
    }

    @Test
    void rowsAreNamedOneWayEverywhere() {
        assertEquals("threads+gil", GIL.id().name());
        assertEquals("threads+gil × 2", GIL.id().title());
        assertEquals("threads+gil×2", GIL.id().selector());
        assertEquals("sequential", SEQ.id().title());
        assertEquals("sequential×1", SEQ.id().selector());
    }

    @Test
    void jsonCarriesEveryRowWithItsFigures() {
        String json = ReportFormat.JSON.write(RUN);
        assertTrue(json.contains("\"experiment\" : \"primes\""), json);
        assertTrue(json.contains("\"mode\" : \"threads+gil\""), json);
        assertTrue(json.contains("\"median\" : 205.0"), json);
        assertTrue(json.contains("\"speedup\" : 2.0"), json);
        assertTrue(json.contains("\"unstable\" : true"), json);
        assertTrue(json.contains("\"gil_switches\""), "gil rows carry their switch count: " + json);
        assertTrue(ReportFormat.JSON.write(List.of(RUN, RUN)).strip().startsWith("["), "several runs make a list");
    }

    @Test
    void csvHasTheHeaderAndOneLinePerRow() {
        List<String> lines = ReportFormat.CSV.write(RUN).strip().lines().toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.getFirst().startsWith("run,experiment,mode,workers,gil,result,wall_min_ms,wall_median_ms"), lines.getFirst());
        assertTrue(lines.get(2).startsWith("1,primes,threads,2,false,42,190.0,205.0,230.0"), lines.get(2));
        assertTrue(lines.get(2).endsWith("limit=1000"), "params last: " + lines.get(2));
    }

    @Test
    void markdownIsATablePerRun() {
        String md = ReportFormat.MARKDOWN.write(RUN);
        assertTrue(md.contains("## Run 1: primes"), md);
        assertTrue(md.contains("| threads | 2 | 205 ms | 190 ms | 230 ms |"), md);
        assertTrue(md.contains("| threads+gil | 2 | 275 ms |"), md);
    }

    @Test
    void svgDrawsTheBarsTheSweepWithItsIdealAndAmdahlLinesAndTheTimelineAsWellFormedXml() throws Exception {
        io.threadlab.experiment.trace.Timeline timeline = new io.threadlab.experiment.trace.Timeline();
        io.threadlab.experiment.trace.WorkerTrace worker = timeline.newWorker("thread-1");
        worker.add(io.threadlab.experiment.trace.Activity.RUNNING, 0, 5_000_000, 1);
        worker.add(io.threadlab.experiment.trace.Activity.WAITING, 5_000_000, 9_000_000, 1);
        timeline.finish(10_000_000);
        RunReport swept = sweep(0.97, 410, 220, 215);
        List<RowResult> rows = new java.util.ArrayList<>(swept.rows());
        RowResult last = rows.removeLast();
        rows.add(new RowResult(last.id(), last.result(), last.resultText(), last.coldMs(), last.wallMs(), last.cpuMs(), last.gcMs(),
                last.spawnMs(), last.perUnitMs(), last.gilSwitches(), "", timeline));
        RunReport run = new RunReport(2, "primes", Map.of("limit", "1000"), 2, "25", Instant.EPOCH, rows, true, 0.97);
        String svg = ReportFormat.SVG.write(List.of(RUN, run));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(svg.contains("run 2: primes"), "the last run only: " + svg.substring(0, 300));
        assertTrue(svg.contains("threads × 4") && svg.contains("stroke-dasharray") && svg.contains("Amdahl's law with"), svg);
        assertTrue(svg.contains("timeline of threads × 4") && svg.contains(">thread-1<") && svg.contains("#e08a1e"), svg);
        String html = ReportFormat.HTML.write(List.of(RUN, run));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<h2>run 1: primes</h2>") && html.contains("<h2>run 2: primes</h2>"), html);
        assertEquals(2, html.split("<svg ", -1).length - 1, "one picture per run");
        assertTrue(!html.contains("http://") || html.replace("http://www.w3.org/2000/svg", "").indexOf("http") < 0,
                "nothing fetched from the network");
        RunReport busy = new RunReport(3, "primes", Map.of(), 2, "25", Instant.EPOCH, rows, true, 0.45);
        String starved = ReportFormat.SVG.write(List.of(busy));
        assertTrue(starved.contains("busy machine") && !starved.contains("Amdahl's law with"), "a busy run gets no fitted law: " + starved);
        assertEquals(Optional.of(ReportFormat.SVG), ReportFormat.forFile("chart.svg"));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.forFile("runs.html"));
    }

    @Test
    void formatsAreFoundByNameAndByFileExtension() {
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.forFile("runs.CSV"));
        assertEquals(Optional.of(ReportFormat.MARKDOWN), ReportFormat.forFile("notes.md"));
        assertEquals(Optional.empty(), ReportFormat.forFile("notes.txt"));
        assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.byId("json"));
    }

    @Test
    void theTableShowsEveryRowAndFitsItsWidth() {
        List<String> lines = new TableReport(Style.PLAIN, 80).render(RUN);
        String all = String.join("\n", lines);
        assertTrue(all.contains("threads+gil × 2"), all);
        assertTrue(all.contains("2.00×"), all);
        assertTrue(all.contains("unstable"), "an unstable row is flagged: " + all);
        lines.forEach(l -> assertTrue(l.length() <= 80, "fits 80 columns: " + l));
    }

    @Test
    void aBusyMachineReplacesEveryConclusionWithOneLine() {
        RunReport busy = new RunReport(1, "primes", Map.of(), 2, "25", Instant.EPOCH, List.of(SEQ, THREADS), true, 0.45);
        assertTrue(busy.busy());
        String table = String.join("\n", new TableReport(Style.PLAIN, 100).render(busy));
        assertTrue(table.contains("~ busy machine: a thread per core got 45% of a core just before the run"), table);
        assertFalse(table.contains("speedup = sequential"), "no speed-up reading: " + table);
        List<String> summary = SweepSummary.lines(sweep(0.45, 400, 210, 205, 207), Style.PLAIN);
        assertEquals(1, summary.size(), summary.toString());
        assertTrue(summary.getFirst().startsWith("~ busy machine"), summary.toString());
        assertFalse(RUN.busy(), "an idle run is not busy");
        String idle = String.join("\n", new TableReport(Style.PLAIN, 300).render(RUN));
        assertFalse(idle.contains("busy machine"), idle);
        assertTrue(idle.contains("CPU-bound work cannot beat 100%"), idle);
    }

    @Test
    void aStarvedSequentialRowAlsoCountsAsBusy() {
        RowResult slowSeq = new RowResult(new RowId("sequential", Mode.SEQUENTIAL, 1, false), BigInteger.ONE, "1", 500,
                new double[] {400, 400, 400}, 200, 0, Double.NaN, Double.NaN, 0, "", null);
        RunReport run = new RunReport(1, "primes", Map.of(), 2, "25", Instant.EPOCH, List.of(slowSeq, THREADS), true, 0.95);
        assertTrue(run.busy(), "the one-thread row got half a core");
        assertTrue(run.doubts().getFirst().contains("the one-thread row got 50% of a core"), run.doubts().toString());
    }

    @Test
    void aSweepSaysWhenItWasStillImprovingAndNamesNoWinnerInsideTheNoise() {
        List<String> improving = SweepSummary.lines(sweep(0.97, 400, 210, 150, 120), Style.PLAIN);
        assertTrue(improving.get(1).startsWith("still getting faster at 8 workers, the most tried"), improving.toString());
        List<String> tied = SweepSummary.lines(sweep(0.97, 400, 210, 205, 207, 206), Style.PLAIN);
        assertTrue(tied.getFirst().contains("2, 4, 8 and 16 workers all ran within 5% of the best"), tied.toString());
        assertTrue(tied.getFirst().contains("none of them is the winner"), tied.toString());
        assertTrue(tied.get(1).startsWith("adding workers stopped helping at 2 workers"), tied.toString());
        List<String> hurt = SweepSummary.lines(sweep(0.97, 400, 210, 260, 300), Style.PLAIN);
        assertTrue(hurt.getFirst().startsWith("fastest: 2 workers"), hurt.toString());
        assertTrue(hurt.get(2).startsWith("more workers started to hurt at 4"), hurt.toString());
        // One slow count (8: 225 ms) with a fast one after it (16: 208 ms, within 5% of 205) is noise, not a trend.
        List<String> blip = SweepSummary.lines(sweep(0.97, 400, 210, 205, 225, 208), Style.PLAIN);
        assertFalse(String.join("\n", blip).contains("started to hurt"), blip.toString());
        List<String> late = SweepSummary.lines(sweep(0.97, 400, 210, 205, 207, 230, 260), Style.PLAIN);
        assertTrue(String.join("\n", late).contains("more workers started to hurt at 16; at 32 workers the run was 27% slower"), late.toString());
    }

    @Test
    void lostUpdatesAreTheFindingNotAPassedCheck() {
        RowResult unsafe = new RowResult(new RowId("unsafe", Mode.THREADS, 2, false), BigInteger.valueOf(1_622_082),
                "counter = 1,622,082", 50, new double[] {40, 41, 42}, 80, 0, Double.NaN, Double.NaN, 0,
                "377,918 updates lost (18.9%)", null);
        RunReport race = new RunReport(1, "race", Map.of(), 2, "25", Instant.EPOCH, List.of(unsafe), false, 0.97);
        String table = String.join("\n", new TableReport(Style.PLAIN, 100).render(race));
        assertFalse(table.contains("✓"), table);
        assertTrue(table.contains("counter = 1,622,082 · 377,918 updates lost (18.9%)"), table);
    }

    @Test
    void largeRatiosDropTheirDecimals() {
        assertEquals("13,323×", Fmt.times(13322.58));
        assertEquals("1.57×", Fmt.times(1.5678));
    }

    static final io.threadlab.experiment.Engine PY = new io.threadlab.experiment.Engine("python", "CPython", "3.11.7", true,
            "/usr/bin/python3");

    /** JVM rows, then CPython's: each runtime's speed-up is against its own sequential row. */
    static RunReport mixed(double pySeq, double pyThreads) {
        RowResult pySeqRow = row(new RowId("sequential", Mode.SEQUENTIAL, 1, false).in(PY), pySeq, pySeq, pySeq);
        RowResult pyThreadsRow = row(new RowId("threads", Mode.THREADS, 2, false).in(PY), pyThreads, pyThreads, pyThreads);
        return new RunReport(3, "primes", Map.of(), 2, "25", Instant.EPOCH, List.of(SEQ, THREADS, GIL, pySeqRow, pyThreadsRow),
                true, 0.97);
    }

    @Test
    void cpythonRowsAreLabelledAndComparedWithTheirOwnSequentialRowAndTheJvms() {
        RunReport run = mixed(4100, 4920);
        RowResult pyThreads = run.rows().get(4);
        assertEquals("threads · CPython 3.11", pyThreads.id().name());
        assertEquals("python threads×2", pyThreads.id().selector(), "lessons name it the same on every machine");
        assertEquals(4100 / 4920.0, run.speedup(pyThreads), 1e-9);
        assertEquals(410 / 4920.0, run.againstJvm(pyThreads), 1e-9);
        assertTrue(Double.isNaN(run.againstJvm(THREADS)));
        String text = String.join("\n", new TableReport(Style.PLAIN, 200).render(run)).replaceAll("\\s+", " ");
        assertTrue(text.contains("against the JVM's sequential row (410 ms): sequential · CPython 3.11 10× slower,"
                + " threads · CPython 3.11 × 2 12× slower"), text);
        assertTrue(text.contains("simulated GIL: 1.49× · CPython 3.11 threads: 0.83×, each against its own sequential row;"
                + " they differ by more than 25% in this run"), text);
        assertTrue(text.contains("speedup = the same runtime's sequential median"), text);
        String json = JsonReport.one(run);
        assertTrue(json.contains("\"runtime\" : \"python\"") && json.contains("\"speedup_vs_jvm\" : 0.083"), json);
    }

    @Test
    void theSimulationAndTheRealGilAgreeOnlyWhenTheirFiguresDo() {
        io.threadlab.experiment.Engine noGil = new io.threadlab.experiment.Engine("python", "CPython", "3.13.1", false, "python3.13t");
        assertTrue(RuntimeComparison.verdict(PY, 0.95, 0.81).startsWith("in both, the threads were no faster than one thread"));
        assertTrue(RuntimeComparison.verdict(PY, 1.5, 1.3).startsWith("they are within 25% of each other"));
        assertTrue(RuntimeComparison.verdict(PY, 1.9, 0.8).startsWith("they differ by more than 25%"));
        assertTrue(RuntimeComparison.verdict(noGil, 0.95, 1.8).contains("has no GIL"));
        assertEquals("16× slower", RuntimeComparison.compared(1 / 16.0));
        assertEquals("3.3× faster", RuntimeComparison.compared(3.3));
        assertEquals("about as fast", RuntimeComparison.compared(0.97));
    }

    @Test
    void aSweepSlowerThanSequentialSaysSlowerAndEachRuntimeIsReadAlone() {
        List<String> slower = SweepSummary.lines(sweep(0.97, 430, 440, 480), Style.PLAIN);
        assertTrue(slower.getFirst().contains("slower than sequential") && !slower.getFirst().contains("faster"), slower.toString());
    }

    /**
     * The sequential row, timed again after the others, took another time than at first: the
     * run did not go at one speed, so every speed-up (all divided by that row) is
     * withheld, in the table, the sweep's reading, the JSON and the pictures.
     */
    @Test
    void aBaselineThatChangedDuringTheRunGivesNoConclusion() {
        RunReport sweep = sweep(0.97, 400, 210, 205, 207);
        RunReport slowerAtTheEnd = withRecheck(sweep, 480);
        assertTrue(slowerAtTheEnd.drifted() && slowerAtTheEnd.busy() && !slowerAtTheEnd.starved());
        String doubt = String.join("; ", slowerAtTheEnd.doubts());
        assertTrue(doubt.contains("sequential took 400 ms, and 480 ms when timed again after the other rows"), doubt);
        String table = String.join("\n", new TableReport(Style.PLAIN, 300).render(slowerAtTheEnd));
        assertTrue(table.contains("~ unsteady run: sequential took 400 ms"), table);
        assertFalse(table.contains("speedup = sequential") || table.contains("busy machine"), table);
        List<String> summary = SweepSummary.lines(slowerAtTheEnd, Style.PLAIN, 100);
        assertEquals(1, summary.size(), "no fastest count, no Amdahl fit: " + summary);
        assertTrue(summary.getFirst().startsWith("~ unsteady run"), summary.toString());
        assertTrue(ReportFormat.JSON.write(slowerAtTheEnd).contains("\"baseline_recheck_ms\""));
        assertTrue(ReportFormat.SVG.write(List.of(slowerAtTheEnd)).contains("~ unsteady run"));
        String html = ReportFormat.HTML.write(List.of(slowerAtTheEnd));
        assertTrue(html.contains("~ unsteady run: sequential took 400 ms"), "the page carries the doubt:\n" + html);

        assertTrue(withRecheck(sweep, 330).drifted(), "faster at the end is as much a change");
        RunReport steady = withRecheck(sweep, 430);
        assertFalse(steady.drifted() || steady.busy(), "within 15% is the same speed");
        String steadyHtml = ReportFormat.HTML.write(List.of(steady));
        assertTrue(steadyHtml.contains("fastest:") && steadyHtml.contains("Amdahl"), "an idle sweep's reading is on the page:\n" + steadyHtml);
        assertFalse(sweep.drifted(), "a run that was not re-timed is judged as before");
    }

    private static RunReport withRecheck(RunReport r, double ms) {
        return new RunReport(r.number(), r.experiment(), r.params(), r.cores(), r.java(), r.started(), r.rows(), r.hasSpeedup(),
                r.cpuShare(), r.notes(), ms);
    }
}
