package io.threadlab.lesson;

/**
 * A fenced block the shell can act on. {@code threadlab} blocks hold one command to run
 * with {@code try}; {@code predict} blocks hold a question, then a line {@code $ command}.
 *
 * @param line line of the opening fence in the source file
 */
public record Block(Kind kind, String body, int line) {
    public enum Kind { COMMAND, PREDICT }

    /** For a command block, the command; for a predict block, the line after {@code $ }. */
    public String command() {
        if (kind == Kind.COMMAND) {
            return body.strip();
        }
        return body.lines().filter(l -> l.startsWith("$ ")).map(l -> l.substring(2).strip()).findFirst().orElse("");
    }
}
