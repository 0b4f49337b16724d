package io.threadlab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a generated bash completion script in a real bash, as Tab would: each probe is a
 * command line typed so far, and the answer is one line {@code LINE=>CANDIDATES}.
 */
public final class BashCompletion {
    private BashCompletion() {}

    /** @param dir where bash runs, so that file and folder candidates come from there */
    public static String probe(String script, Path dir, List<String> lines) throws IOException, InterruptedException {
        Path file = Files.createTempFile("threadlab-completion", ".bash");
        try {
            Files.writeString(file, script);
            StringBuilder probe = new StringBuilder("cd '" + dir + "'; source '" + file + "'; t(){ COMP_WORDS=(\"$@\");"
                    + " COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _threadlab; echo \"$*=>${COMPREPLY[*]}\"; };");
            lines.forEach(l -> probe.append(" t ").append(l).append(l.endsWith(" ") ? "''" : "").append(';'));
            Process bash = new ProcessBuilder("bash", "--norc", "-c", probe.toString()).redirectErrorStream(true).start();
            String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, bash.waitFor(), out);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
