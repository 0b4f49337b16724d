package io.threadlab.exercise;

import io.threadlab.command.Printable;
import io.threadlab.exercise.api.CheckProtocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a check JVM's stdout to the end, with the shell's memory bounded whatever the learner's
 * code prints: a line is kept up to {@link #LINE_BYTES} bytes, the learner's output up to
 * {@link #SHOWN_LINES} lines of {@link #SHOWN_CHARS} characters, and the rest is only counted.
 * Verdict lines are those that start with the marker and this check's nonce, which the
 * learner's code never sees, so printing a marker cannot forge a verdict.
 */
public final class CheckOutput {
    public static final int SHOWN_LINES = 20;
    public static final int SHOWN_CHARS = 200;
    private static final int LINE_BYTES = 16 * 1024;
    private static final int VERDICT_LINES = 400;

    private final String prefix;
    private final List<String> printed = new ArrayList<>();
    private final List<String> verdict = new ArrayList<>();
    private volatile String kind;
    private long lines;
    /** An empty line is held back: the one the checker writes before its verdict is not the learner's. */
    private boolean heldEmpty;
    private long bytes;

    CheckOutput(String nonce) {
        this.prefix = CheckProtocol.MARK + nonce + " ";
    }

    /** Reads until the end of the stream (or until it is closed under this reader). */
    void readAll(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long lineLength = 0;
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes += n;
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        keep(line, buf, start, i - start, lineLength);
                        lineLength += i - start;
                        take(line, lineLength);
                        line.reset();
                        lineLength = 0;
                        start = i + 1;
                    }
                }
                keep(line, buf, start, n - start, lineLength);
                lineLength += n - start;
            }
        } catch (IOException closed) {
            // The stream was closed because the check is over.
        }
        if (lineLength > 0) {
            take(line, lineLength);
        }
        synchronized (this) {
            if (heldEmpty) {
                printedLine("", 0);
            }
        }
    }

    private static void keep(ByteArrayOutputStream line, byte[] buf, int from, int length, long already) {
        int room = (int) Math.max(0, Math.min(length, LINE_BYTES - already));
        line.write(buf, from, room);
    }

    private synchronized void take(ByteArrayOutputStream bytes, long length) {
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.startsWith(prefix)) {
            String rest = text.substring(prefix.length());
            int space = rest.indexOf(' ');
            String word = space < 0 ? rest : rest.substring(0, space);
            if (CheckProtocol.kindOf(word).isPresent() && verdict.size() < VERDICT_LINES) {
                kind = word;
                verdict.add(space < 0 ? "" : rest.substring(space + 1));
            }
            heldEmpty = false;
            return;
        }
        if (heldEmpty) {
            heldEmpty = false;
            printedLine("", 0);
        }
        if (text.isEmpty()) {
            heldEmpty = true;
            return;
        }
        printedLine(text, length);
    }

    private void printedLine(String text, long length) {
        lines++;
        if (printed.size() < SHOWN_LINES) {
            printed.add(shown(text, length));
        }
    }

    /** One line as the shell shows it: control characters made visible, cut at {@link #SHOWN_CHARS}. */
    private static String shown(String text, long length) {
        String spaced = text.replace("\t", "    ");
        // Bytes against the reader's bound, not characters: a short line in UTF-8 has more bytes than characters.
        boolean cut = length > LINE_BYTES || spaced.codePointCount(0, spaced.length()) > SHOWN_CHARS;
        return Printable.of(spaced, SHOWN_CHARS) + (cut ? String.format(Locale.ROOT, " (a line of %,d bytes, cut)", length) : "");
    }

    synchronized String kind() {
        return kind;
    }

    synchronized List<String> verdict() {
        return List.copyOf(verdict);
    }

    /** What the learner's code printed, as shown, with a last line saying how much more there was. */
    synchronized List<String> printed() {
        List<String> out = new ArrayList<>(printed);
        if (lines > printed.size()) {
            out.add(String.format(Locale.ROOT, "… %,d more lines (%,d bytes in all) not shown", lines - printed.size(), bytes));
        }
        return out;
    }
}
