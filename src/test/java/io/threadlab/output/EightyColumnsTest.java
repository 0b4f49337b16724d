package io.threadlab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command, at 80 columns: no line wider than the screen, so the terminal never cuts a word. */
class EightyColumnsTest {
    @TempDir
    Path data;

    /** At least one line per command; a command added later must be added here too. */
    private static final List<String> LINES = List.of(
            "help", "help run", "help check", "helpp",
            "lessons", "lesson 2", "page 1", "next", "back", "page 3",
            "try 1", "progress",
            "experiments", "sysinfo",
            "run sleep --modes sequential,threads --tasks 4 --duration 5 --repeat 1 --warmup 0",
            "run fetch --requests 4 --jitter 50 --repeat 1 --warmup 0",
            "timeline", "timeline --from 1 --to 3", "timeline --from 999999",
            "sweep sleep --mode threads --workers 1,2 --tasks 4 --duration 5 --repeat 1 --warmup 0",
            "results", "results 1", "export " + "nowhere/out.txt", "completion bash", "manpage",
            "run primes --limit abc",
            "run primes --modes sequential,threads,virtual,forkjoin,processes,thread-per-task --limit 20000 --repeat 1 --warmup 0",
            "exercises", "exercise time-it", "hint", "hint", "check", "solution",
            "edit", "reset nothing-like-this", "watch no-such-exercise", "workspace", "check --format json",
            "predict 9",
            "quit");

    @Test
    void noCommandPrintsALineWiderThanTheScreen() {
        TestShell shell = new TestShell(data, 80);
        List<String> wide = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (String line : LINES) {
            covered.add(line.split(" ")[0]);
            if (line.equals("quit")) {
                continue; // Leaves; covered by the e2e tests.
            }
            String out = shell.run(line);
            if (line.contains("--format json") || line.startsWith("completion") || line.equals("manpage")) {
                continue; // Machine output (JSON, a script, roff) is never wrapped, by design.
            }
            for (String l : out.split("\n")) {
                if (TextWidth.of(l) > 80) {
                    wide.add(line + " → " + l);
                }
            }
        }
        assertEquals(List.of(), wide, "lines wider than 80 columns");
        Set<String> commands = new TreeSet<>(shell.app.session().registry().names());
        commands.removeAll(covered);
        commands.remove("exit"); // quit by another name
        assertTrue(commands.isEmpty(), "commands this test never runs: " + commands);
    }

    @Test
    void aLongLineIsCutAtSpacesKeepingItsSpacingAndItsIndent() {
        String code = "        long total = IntStream.range(0, 1000).parallel().mapToLong(i -> compute(i, limit)).sum();";
        List<String> pieces = TextWidth.fit(code, 60);
        assertTrue(pieces.size() > 1, pieces.toString());
        for (String p : pieces) {
            assertTrue(TextWidth.of(p) <= 60, p);
        }
        assertTrue(pieces.get(1).startsWith("          ") && !pieces.get(1).startsWith("           "),
                "continued two columns deeper than the line: " + pieces);
        assertEquals(code.replaceAll(" +", " ").strip(), String.join(" ", pieces.stream().map(String::strip).toList()),
                "only spaces at the cuts are lost: " + pieces);
        assertEquals(List.of("a  b   c"), TextWidth.fit("a  b   c", 60), "a line that fits is kept as is");
        List<String> url = TextWidth.fit("see https://example.com/" + "x".repeat(100), 40);
        assertTrue(url.stream().allMatch(p -> TextWidth.of(p) <= 40), "a word wider than the line is cut: " + url);
        List<String> styled = TextWidth.fit("\u001B[1m" + "word ".repeat(30) + "\u001B[0m", 40);
        assertTrue(styled.stream().allMatch(p -> TextWidth.of(p) <= 40), "escape sequences take no columns: " + styled);
    }
}
