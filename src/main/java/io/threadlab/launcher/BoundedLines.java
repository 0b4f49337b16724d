package io.threadlab.launcher;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Reads command lines from a pipe or a script with a bound on their length. A line longer
 * than {@link #MAX} characters is read to its end but not kept, so a gigabyte without a
 * newline costs no memory; the caller is told, and the lines after it still run.
 */
final class BoundedLines {
    static final int MAX = 64 * 1024;

    /** One line, or the fact that one was too long. */
    record Line(String text, long tooLong) {
        boolean ok() {
            return tooLong == 0;
        }
    }

    private final Reader in;
    private final char[] buf = new char[8192];
    private int pos;
    private int end;

    BoundedLines(Reader in) {
        this.in = in;
    }

    /** The next line without its end, or empty at the end of input (or if the input fails). */
    Optional<Line> next() {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        try {
            while (true) {
                if (pos == end) {
                    end = in.read(buf);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return any ? Optional.of(done(line, length)) : Optional.empty();
                    }
                }
                any = true;
                char c = buf[pos++];
                if (c == '\n') {
                    return Optional.of(done(line, length));
                }
                length++;
                if (length <= MAX) {
                    line.append(c);
                } else if (line.length() > 0) {
                    line.setLength(0);
                    line.trimToSize();
                }
            }
        } catch (IOException e) {
            return any ? Optional.of(done(line, length)) : Optional.empty();
        }
    }

    private static Line done(StringBuilder line, long length) {
        if (length > MAX) {
            return new Line("", length);
        }
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            line.setLength(n - 1);
        }
        return new Line(line.toString(), 0);
    }
}
