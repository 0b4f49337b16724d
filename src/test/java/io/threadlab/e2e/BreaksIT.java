package io.threadlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacker's breaks that show at the jar's edges (issue 13): each once crashed, hung,
 * overwrote, wrote outside its place, or said nothing; each is now one line and the shell
 * goes on.
 */
class BreaksIT {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    /** B13: a gigabyte-long piped line without a newline is refused in one line, and the next command runs. */
    @Test
    void aHugePipedLineIsSkippedAndTheNextCommandRuns() throws Exception {
        Process p = new ProcessBuilder(Jar.command(List.of("--data-dir", data().toString())))
                .redirectErrorStream(true).start();
        Thread feeder = Thread.ofPlatform().start(() -> {
            try (OutputStream in = p.getOutputStream()) {
                byte[] block = new byte[1 << 20];
                java.util.Arrays.fill(block, (byte) 'x');
                for (int i = 0; i < 1024; i++) { // 1 GB
                    in.write(block);
                }
                in.write("\nsysinfo\n".getBytes());
            } catch (java.io.IOException ignored) {
                // The test reads the verdict from the output.
            }
        });
        String out;
        try (InputStream o = p.getInputStream()) {
            out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        feeder.join();
        assertTrue(out.contains("line 1 is 1,073,741,824 characters long; skipped (at most 65,536)"), out);
        assertTrue(out.contains("cores"), "sysinfo ran after it: " + out);
        assertEquals(2, p.exitValue());
    }

    /** B7: export never replaces a file silently. */
    @Test
    void exportRefusesToOverwriteWithoutForce() throws Exception {
        Path file = dir.resolve("notes.md");
        Files.writeString(file, "my notes\n");
        Jar.Result r = Jar.run(data(), "run sleep --tasks 2 --duration 1 --repeat 1 --warmup 0\nexport " + file + "\n", Map.of());
        assertEquals("my notes\n", Files.readString(file));
        assertTrue(r.err().replaceAll("\\s+", " ").contains("export: " + file + " already exists; add --force to replace it"), r.err());
        Jar.Result forced = Jar.run(data(), "run sleep --tasks 2 --duration 1 --repeat 1 --warmup 0\nexport " + file + " --force\n",
                Map.of());
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(file).contains("sleep"), "replaced with --force");
    }

    /** B9: a pack's file name that climbs out of the exercise folder is refused, and reset writes nothing outside. */
    @Test
    void aLessonPackCannotWriteOutsideItsPlace() throws Exception {
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("01-one.md"), "---\nid: one\ntitle: One\norder: 1\nsummary: s\n---\n## Page\ntext\n");
        Path ex = Files.createDirectories(pack.resolve("exercises/evil"));
        Files.writeString(ex.resolve("exercise.properties"), "chapter = one\ntitle = Evil\nsummary = s\nfiles = ../../../victim.txt\n"
                + "check = CheckEvil\n");
        Files.createDirectories(ex.resolve("starter"));
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        Jar.Result check = Jar.run(data(), "", Map.of(), "--check-lessons", pack.toString());
        assertEquals(1, check.exit());
        assertTrue(check.out().contains("exercise.properties:4: files: '../../../victim.txt' is not a plain file name"), check.out());
        Jar.Result r = Jar.run(data(), "y\n", Map.of(), "--lessons", pack.toString(), "reset", "evil");
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(r.err().contains("is not a plain file name"), r.err());

        Path linked = Files.createDirectories(pack.resolve("exercises/linked/starter"));
        Files.writeString(linked.getParent().resolve("exercise.properties"), "chapter = one\ntitle = L\nsummary = s\n"
                + "files = A.java\ncheck = CheckA\n");
        Files.createSymbolicLink(linked.resolve("A.java"), victim);
        Jar.Result link = Jar.run(data(), "", Map.of(), "--check-lessons", pack.toString());
        assertTrue(link.out().contains("starter/A.java is a symbolic link that leads outside the exercise's folder"), link.out());
    }

    /** B10 and the line-number cosmetic: a link to page 99999999999, and a duplicate id, are named with their lines. */
    @Test
    void theValidatorNamesEveryProblemWithItsLine() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("01-one.md"), "---\ntitle: One\nsummary: s\norder: 1\nid: one\n---\n## Page\n"
                + "see [p](lesson:one/99999999999)\n");
        Files.writeString(pack.resolve("02-two.md"), "\uFEFF---\ntitle: Two\nsummary: s\nid: one\norder: 2\n---\n## Page\ntext\n");
        Jar.Result r = Jar.run(data(), "", Map.of(), "--check-lessons", pack.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("01-one.md:8: link to page 99999999999 of 'one', which has 1 pages"), r.out());
        assertTrue(r.out().contains("02-two.md:4: id 'one' is also used by"), "the id's own line, BOM or not: " + r.out());
        assertFalse(r.out().contains("missing front matter"), r.out());
    }

    /** B17: escape sequences in a lesson's title and body are shown, not obeyed. */
    @Test
    void escapeSequencesInLessonsAreMadeVisible() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("01-one.md"), "---\nid: one\ntitle: One\u001b]0;pwned\u0007\norder: 1\nsummary: s\u001b[2J\n---\n"
                + "## Page\ntext \u001b[?1049h here\n");
        Jar.Result r = Jar.run(data(), "lessons\nlesson 1\n", Map.of(), "--lessons", pack.toString());
        assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), r.out());
        assertTrue(r.out().contains("\\u001b]0;pwned\\u0007") && r.out().contains("\\u001b[?1049h"), r.out());
    }

    /** B12 and cosmetics: bad data dirs are one line at start, never an internal error or the current folder. */
    @Test
    void badDataDirsAreOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Jar.Result onFile = Jar.run(file, "lessons\n", Map.of());
        assertEquals(2, onFile.exit());
        assertEquals("threadlab: --data-dir " + file + " is a file; give a folder with --data-dir (it is created if missing);"
                + " see 'threadlab --help'", onFile.err().strip());
        Process empty = new ProcessBuilder(Jar.command(List.of("--data-dir", "", "lessons"))).redirectErrorStream(true).start();
        String said = new String(empty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(empty.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, empty.exitValue(), said);
        assertTrue(said.contains("--data-dir needs a folder, not an empty name"), said);
    }

    /** Cosmetic: once the reader of stdout is gone (| head -1), the remaining commands do not run. */
    @Test
    void aClosedPipeStopsTheRemainingCommands() throws Exception {
        Path marker = dir.resolve("exported.md");
        Process p = new ProcessBuilder(Jar.command(List.of("--data-dir", data().toString()))).start();
        p.getInputStream().close(); // the reader has gone
        try (OutputStream in = p.getOutputStream()) {
            in.write(("lessons\nlessons\nrun sleep --tasks 2 --duration 1 --repeat 1 --warmup 0\nexport " + marker + "\n")
                    .getBytes());
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertFalse(Files.exists(marker), "commands after the pipe closed did not run");
    }
}
