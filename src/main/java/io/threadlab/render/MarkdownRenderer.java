package io.threadlab.render;

import io.threadlab.lesson.Block;
import io.threadlab.lesson.Predict;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders a lesson page's Markdown as terminal lines wrapped to a width: headings,
 * emphasis, lists, tables, block quotes and code (Java lightly highlighted). Runnable
 * {@code threadlab} blocks are numbered for {@code try N}; {@code predict} blocks show
 * their question.
 */
public final class MarkdownRenderer {
    // Glues words that TextWidth.wrap must not separate: it breaks at plain spaces only.
    private static final char NO_BREAK = '\u00A0';
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Style style;
    private final int width;
    private int commandNumber;
    private int predictNumber;

    public MarkdownRenderer(Style style, int width) {
        this.style = style;
        this.width = Math.max(30, width);
    }

    public List<String> render(String markdown) {
        commandNumber = 0;
        predictNumber = 0;
        List<String> out = new ArrayList<>();
        blocks(PARSER.parse(markdown), out, width);
        while (!out.isEmpty() && out.getLast().isBlank()) {
            out.removeLast();
        }
        return out;
    }

    private void blocks(Node parent, List<String> out, int w) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, out, w);
        }
    }

    private void block(Node node, List<String> out, int w) {
        switch (node) {
            case Heading h -> heading(h, out, w);
            case Paragraph p -> {
                paragraph(inline(p), out, w, "", "");
                out.add("");
            }
            case BulletList list -> {
                list(list, out, w, false);
                out.add("");
            }
            case OrderedList list -> {
                list(list, out, w, true);
                out.add("");
            }
            case BlockQuote q -> {
                List<String> inner = new ArrayList<>();
                blocks(q, inner, w - 2);
                trimBlank(inner);
                for (String line : inner) {
                    out.add(style.dim("│ ") + line);
                }
                out.add("");
            }
            case FencedCodeBlock code -> fenced(code, out, w);
            case IndentedCodeBlock code -> {
                code(code.getLiteral(), false, out);
                out.add("");
            }
            case ThematicBreak ignored -> {
                out.add(style.dim("─".repeat(Math.min(w, 60))));
                out.add("");
            }
            case TableBlock table -> {
                out.addAll(new TableLayout(style).render(rows(table), w));
                out.add("");
            }
            case HtmlBlock ignored -> { }
            default -> blocks(node, out, w);
        }
    }

    private void heading(Heading h, List<String> out, int w) {
        String text = inline(h);
        switch (h.getLevel()) {
            case 1 -> {
                paragraph(style.heading(text.toUpperCase(java.util.Locale.ROOT)), out, w, "", "");
                out.add(style.dim("═".repeat(Math.min(w, TextWidth.of(text)))));
            }
            case 2 -> {
                paragraph(style.heading(text), out, w, "", "");
                out.add(style.dim("─".repeat(Math.min(w, TextWidth.of(text)))));
            }
            default -> paragraph(style.bold(text), out, w, "", "");
        }
        out.add("");
    }

    private void list(Node list, List<String> out, int w, boolean ordered) {
        int n = list instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = ordered ? (n++) + ". " : "• ";
            String indent = " ".repeat(marker.length());
            List<String> inner = new ArrayList<>();
            blocks(item, inner, w - marker.length());
            trimBlank(inner);
            inner.removeIf(String::isEmpty);
            for (int i = 0; i < inner.size(); i++) {
                out.add((i == 0 ? style.accent(marker) : indent) + inner.get(i));
            }
        }
    }

    private void fenced(FencedCodeBlock code, List<String> out, int w) {
        String info = code.getInfo() == null ? "" : code.getInfo().strip().split("\\s+")[0];
        switch (info) {
            case "threadlab" -> {
                commandNumber++;
                String command = code.getLiteral().strip();
                String number = "[" + commandNumber + "]";
                // Long commands wrap between words, under the command, not at the terminal's edge.
                List<String> lines = wrapCommand(command, Math.max(20, w - 5 - number.length()));
                out.add("  " + style.accent(number) + " " + style.bold("▶ " + lines.getFirst()));
                for (String more : lines.subList(1, lines.size())) {
                    out.add(" ".repeat(5 + number.length()) + style.bold(more));
                }
                out.add("      " + style.dim(commandNumber == 1 ? "type 'try' to run it" : "type 'try " + commandNumber + "' to run it"));
            }
            case "predict" -> {
                predictNumber++;
                Predict p = Predict.parse(new Block(Block.Kind.PREDICT, code.getLiteral(), 0));
                paragraph(style.bold("Predict: ") + p.question(), out, w, "  " + style.accent("?") + " ", "    ");
                for (int i = 0; i < p.choices().size(); i++) {
                    out.add("    " + style.accent((i + 1) + ")") + " " + p.choices().get(i));
                }
                String how = predictNumber == 1 ? "'predict'" : "'predict " + predictNumber + "'";
                out.add("    " + style.dim("type " + how + " to make your guess; threadlab then runs it"));
            }
            default -> code(code.getLiteral(), info.equals("java"), out);
        }
        out.add("");
    }

    /** Wraps a command between words, keeping each option with its value. */
    private static List<String> wrapCommand(String command, int width) {
        String[] words = command.split(" ");
        StringBuilder glued = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            boolean takesValue = words[i].startsWith("--") && i + 1 < words.length && !words[i + 1].startsWith("-");
            glued.append(glued.isEmpty() ? "" : " ").append(words[i]);
            if (takesValue) {
                glued.append(NO_BREAK).append(words[++i]);
            }
        }
        return TextWidth.wrap(glued.toString(), width, "", "").stream().map(l -> l.replace(NO_BREAK, ' ')).toList();
    }

    private void code(String literal, boolean java, List<String> out) {
        for (String line : literal.stripTrailing().split("\n", -1)) {
            out.add("    " + (java ? JavaHighlighter.line(line, style) : style.code(line)));
        }
    }

    private void paragraph(String text, List<String> out, int w, String first, String rest) {
        for (String hardLine : text.split("\n", -1)) {
            out.addAll(TextWidth.wrap(hardLine, w, first, rest));
            first = rest;
        }
    }

    private List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    String text = inline(cell);
                    cells.add(cell instanceof TableCell tc && tc.isHeader() ? style.bold(text) : text);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private String inline(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> out.append(t.getLiteral());
                case Code c -> out.append(style.code(c.getLiteral().replace(' ', NO_BREAK)));
                case Emphasis e -> out.append(style.italic(inline(e)));
                case StrongEmphasis s -> out.append(style.bold(inline(s)));
                case Link link -> out.append(link(link));
                case SoftLineBreak ignored -> out.append(' ');
                case HardLineBreak ignored -> out.append('\n');
                case HtmlInline ignored -> { }
                default -> out.append(inline(node));
            }
        }
        return out.toString();
    }

    private String link(Link link) {
        String text = inline(link);
        String dest = link.getDestination();
        if (dest.startsWith("lesson:")) {
            String[] parts = dest.substring("lesson:".length()).split("/");
            String where = parts.length > 1 ? "lesson " + parts[0] + ", page " + parts[1] : "lesson " + parts[0];
            return style.underline(text) + " " + style.dim("(" + where + ")");
        }
        return style.underline(text) + " " + style.dim("<" + dest + ">");
    }

    private static void trimBlank(List<String> lines) {
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
    }
}
