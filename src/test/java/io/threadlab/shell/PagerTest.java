package io.threadlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.lesson.Lesson;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.lesson.Page;
import io.threadlab.output.FittingOutput;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import io.threadlab.render.MarkdownRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/**
 * Every lesson page at 80×24: a page that fits is printed whole; a taller one stops at each
 * screen with a "more" line, so no screen is taller than the terminal and the page's heading
 * is on the first one. Space moves a screen on, Enter a line, q stops with a way back.
 */
class PagerTest {
    private static final int WIDTH = 80;
    private static final int HEIGHT = 24;

    @Test
    void everyPageFitsTheScreenOrPages() throws Exception {
        int paged = 0;
        int pages = 0;
        for (Lesson lesson : LessonLibrary.load(Path.of("lessons")).all()) {
            for (Page page : lesson.pages()) {
                pages++;
                List<String> lines = new ArrayList<>(List.of("chapter · " + lesson.title() + " · page " + page.number(), ""));
                lines.addAll(new MarkdownRenderer(Style.PLAIN, WIDTH).render(page.markdown()));
                List<String> screen = shown(lines, " ".repeat(200));
                String where = lesson.id() + " page " + page.number();
                assertTrue(screen.getFirst().startsWith("chapter · "), where + ": the page starts with its heading");
                int run = 0;
                int prompts = 0;
                for (String line : screen) {
                    assertTrue(TextWidth.of(line) <= WIDTH, where + ": a line wider than 80 columns: " + line);
                    if (line.contains(" more: ")) {
                        prompts++;
                        assertTrue(run <= HEIGHT - 2, where + ": " + run + " lines before a 'more' stop");
                        run = 0;
                    } else {
                        run++;
                    }
                }
                int total = screen.size() - prompts;
                if (total > HEIGHT - 2) {
                    paged++;
                    assertTrue(prompts > 0, where + " has " + total + " lines and did not stop for 'more'");
                } else {
                    assertEquals(0, prompts, where + " fits and must not stop");
                }
            }
        }
        assertTrue(pages >= 40 && paged > 0, pages + " pages, " + paged + " of them paged");
    }

    @Test
    void qStopsAndSaysHowToSeeThePageAgain() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            lines.add("line " + i);
        }
        List<String> screen = shown(lines, "q");
        assertTrue(screen.contains("line 22") && !screen.contains("line 23"), String.join("|", screen));
        assertTrue(screen.getLast().contains("78 more lines; 'page' shows this page again"), screen.getLast());
    }

    @Test
    void enterShowsOneMoreLine() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            lines.add("line " + i);
        }
        List<String> screen = shown(lines, "\rq");
        assertTrue(screen.contains("line 23") && !screen.contains("line 24"), String.join("|", screen));
    }

    /** The lines the terminal shows, each "more" prompt (later erased by \r) counted as a line of its own. */
    private static List<String> shown(List<String> lines, String keys) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.PipedOutputStream keyboard = new java.io.PipedOutputStream();
        try (Terminal terminal = new org.jline.terminal.impl.ExternalTerminal("pager-test", "xterm",
                new java.io.PipedInputStream(keyboard), bytes, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(WIDTH, HEIGHT));
            terminal.enterRawMode(); // as between two prompts: the keys below are neither echoed nor translated
            keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            new FittingOutput(new TerminalOutput(terminal, Style.PLAIN, true)).page(lines);
            terminal.flush();
        }
        String text = bytes.toString(StandardCharsets.UTF_8).replace("\r\u001B[K", "\n").replace("\r", "");
        return Arrays.stream(text.split("\n")).map(TextWidth::strip).toList();
    }
}
