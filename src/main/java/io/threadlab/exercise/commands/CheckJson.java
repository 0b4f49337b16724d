package io.threadlab.exercise.commands;

import com.fasterxml.jackson.jr.ob.JSON;
import io.threadlab.exercise.Exercise;
import io.threadlab.exercise.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A check's verdict as one JSON object, for graders and CI: {@code check --format json}. */
final class CheckJson {
    private CheckJson() {}

    static String of(Exercise e, Verdict v, double seconds, List<Path> files) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exercise", e.id());
        out.put("passed", v.passed());
        out.put("verdict", v.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        // A pass says how it was checked; anything else says what went wrong.
        out.put(v.passed() ? "checked" : "reason", v.message());
        out.put("printed", v.printed());
        out.put("seconds", Math.round(seconds * 1000) / 1000.0);
        out.put("files", files.stream().map(Path::toString).toList());
        out.put("how", "compiled in-process, then the checker " + e.check() + " ran in a child JVM with a "
                + e.deadline() + " s deadline");
        try {
            return JSON.std.asString(out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
