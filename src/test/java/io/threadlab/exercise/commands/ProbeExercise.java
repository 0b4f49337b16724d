package io.threadlab.exercise.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-file exercise, "probe" in chapter threads, whose checker runs {@code checkBody} against Learner.java. */
final class ProbeExercise {
    private ProbeExercise() {}

    /** Writes it under {@code exercises/probe} in {@code dir}; returns the exercises folder. */
    static Path write(Path dir, int deadlineSeconds, String checkBody) throws IOException {
        Path ex = Files.createDirectories(dir.resolve("exercises/probe"));
        Files.writeString(ex.resolve("exercise.properties"), "chapter = threads\norder = 1\ntitle = Probe\nsummary = s\n"
                + "files = Learner.java\ncheck = CheckProbe\ndeadline = " + deadlineSeconds + "\n");
        Files.createDirectories(ex.resolve("check"));
        Files.writeString(ex.resolve("check/CheckProbe.java"), "public class CheckProbe implements io.threadlab.exercise.api.Check {\n"
                + "    public String run() throws Exception {\n" + checkBody.indent(8) + "    }\n}\n");
        return ex.getParent();
    }
}
