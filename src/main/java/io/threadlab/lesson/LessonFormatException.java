package io.threadlab.lesson;

/** A lesson file that cannot be read as a lesson; the message is {@code file:line: problem}. */
public final class LessonFormatException extends Exception {
    public LessonFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
    }
}
