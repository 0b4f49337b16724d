package io.threadlab.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final String PAGE = """
            # Title

            A paragraph with *emphasis*, **strong** text and `code`, long enough to need wrapping at forty columns.

            - first item
            - second item

            1. one
            2. two

            > a quoted thought

            | mode | time |
            |------|------|
            | threads | 1 s |

            ```java
            int x = 42; // answer
            ```

            ```threadlab
            run primes
            ```

            ```threadlab
            sysinfo
            ```

            ```threadlab
            run sleep --modes threads,virtual --workers 100 --tasks 1000
            ```
            """;

    @Test
    void plainRenderingHasNoEscapesAndRespectsTheWidth() {
        List<String> lines = new MarkdownRenderer(Style.PLAIN, 40).render(PAGE);
        String all = String.join("\n", lines);
        assertFalse(all.contains("\u001b"), all);
        for (String line : lines) {
            assertTrue(TextWidth.of(line) <= 40, "too wide: " + line);
        }
        assertTrue(all.contains("TITLE"));
        assertTrue(all.contains("• first item") && all.contains("2. two"));
        assertTrue(all.contains("│ a quoted thought"));
        assertTrue(all.contains("threads  1 s"), all);
        assertTrue(all.contains("    int x = 42; // answer"));
        assertTrue(all.contains("[1] ▶ run primes") && all.contains("[2] ▶ sysinfo") && all.contains("try 2"), all);
        // a long command wraps between words, under the command, options kept with their values
        assertTrue(all.contains("[3] ▶ run sleep\n        --modes threads,virtual\n        --workers 100 --tasks 1000"), all);
    }

    @Test
    void colourRenderingHighlightsJavaAndEmphasis() {
        String all = String.join("\n", new MarkdownRenderer(Style.COLOR, 80).render(PAGE));
        assertTrue(all.contains("\u001b["), "has ANSI sequences");
        assertTrue(TextWidth.strip(all).contains("int x = 42; // answer"));
        assertTrue(all.contains("\u001b[1mstrong"), all);
    }
}
