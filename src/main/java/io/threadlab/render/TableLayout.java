package io.threadlab.render;

import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays out rows as aligned columns (the first row is the header). When the table is
 * wider than the screen, the widest columns are narrowed and their cells wrapped.
 */
public final class TableLayout {
    private static final String GAP = "  ";
    private final Style style;
    private boolean[] rightAligned = new boolean[0];

    public TableLayout(Style style) {
        this.style = style;
    }

    /** Columns to right-align, such as numbers. */
    public TableLayout rightAlign(boolean... columns) {
        this.rightAligned = columns.clone();
        return this;
    }

    public List<String> render(List<List<String>> rows, int width) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], TextWidth.of(row.get(c)));
            }
        }
        fit(widths, width - GAP.length() * (columns - 1));
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.addAll(renderRow(rows.get(r), widths));
            if (r == 0) {
                int total = Arrays.stream(widths).sum() + GAP.length() * (columns - 1);
                out.add(style.dim("─".repeat(Math.max(1, total))));
            }
        }
        return out;
    }

    private static void fit(int[] widths, int available) {
        while (Arrays.stream(widths).sum() > available) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths[widest] <= 6) {
                return; // Narrower than this is unreadable; let the terminal wrap instead.
            }
            widths[widest]--;
        }
    }

    private List<String> renderRow(List<String> row, int[] widths) {
        List<List<String>> cells = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            String text = c < row.size() ? row.get(c) : "";
            List<String> wrapped = TextWidth.of(text) <= widths[c] ? List.of(text) : TextWidth.wrap(text, widths[c], "", "");
            cells.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        List<String> lines = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String text = line < cells.get(c).size() ? cells.get(c).get(line) : "";
                boolean right = c < rightAligned.length && rightAligned[c];
                sb.append(right ? TextWidth.padLeft(text, widths[c]) : TextWidth.padRight(text, widths[c]));
                if (c < widths.length - 1) {
                    sb.append(GAP);
                }
            }
            lines.add(sb.toString().stripTrailing());
        }
        return lines;
    }
}
