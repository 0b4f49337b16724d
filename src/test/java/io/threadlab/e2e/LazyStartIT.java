package io.threadlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards start-up time by what it loads, not by a clock: the first prompt must not load
 * the experiment engine, the HTTP server or client, Markdown rendering, JSON or CSV. They
 * load on first use. It must open the terminal through threadlab's quick JNI provider.
 */
class LazyStartIT {
    private static final List<String> LAZY = List.of(
            "com.sun.net.httpserver.", "java.net.http.", "org.commonmark.", "com.fasterxml.jackson.",
            "org.apache.commons.csv.", "io.threadlab.experiment.harness.Harness", "io.threadlab.experiment.harness.RowResult",
            "io.threadlab.experiment.strategy.",
            "io.threadlab.experiment.workloads.", "io.threadlab.experiment.process.", "io.threadlab.experiment.SimulatedGil",
            // the catalog may be resolved (for completion), but not initialised: that would load every workload
            "io.threadlab.experiment.report.JsonReport", "io.threadlab.experiment.report.CsvReport",
            "io.threadlab.experiment.report.MarkdownReport", "io.threadlab.experiment.report.TableReport",
            "io.threadlab.experiment.report.TimelineView", "io.threadlab.experiment.harness.RunReport",
            "io.threadlab.render.MarkdownRenderer",
            // the lessons are read through the class loader's open jar, not a mounted zip file system
            "jdk.nio.zipfs.");

    @TempDir
    Path data;

    @Test
    void theFirstPromptLoadsNoneOfTheLazyParts() throws Exception {
        Path log = data.resolve("classes.txt");
        List<String> cmd = new ArrayList<>(List.of(Jar.java(), "--enable-native-access=ALL-UNNAMED",
                "-Xlog:class+load:file=" + log, "-jar", Jar.JAR.toString(), "--data-dir", data.toString()));
        // A saved position makes the prompt read the lessons, the most start-up can need.
        Files.writeString(data.resolve("progress.properties"), "format=threadlab-progress-1\ncurrent=threads:2\n");
        try (Tmux tmux = new Tmux(100, 30, "sh -c '" + String.join(" ", cmd) + "; echo EXITED; sleep 30'")) {
            tmux.waitFor("threads 2/" + Jar.pages("threads") + " >", 20_000);
            String before = Files.readString(log);
            tmux.enter("quit");
            tmux.waitFor("EXITED", 5_000);
            assertTrue(before.contains("io.threadlab.shell.InteractiveShell"), "the log records our classes");
            assertTrue(before.contains("io.threadlab.lesson.LessonParser"), "the prompt did read the lessons");
            assertTrue(before.contains("io.threadlab.shell.QuickStartJniProvider"),
                    "the terminal opened through threadlab's provider, not JLine's slower parse");
            List<String> loaded = new ArrayList<>();
            for (String line : before.lines().toList()) {
                for (String lazy : LAZY) {
                    if (line.contains(" " + lazy)) {
                        loaded.add(line.substring(line.indexOf(lazy)).split(" ")[0]);
                    }
                }
            }
            assertEquals(List.of(), loaded, "loaded before the first prompt");
        }
    }
}
