package io.threadlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/package makes one archive that runs where no JDK is installed (issue 17): unpacked
 * in a fresh folder and started with JAVA_HOME unset and a PATH holding only sh and dirname,
 * it runs an experiment with worker JVMs, and compiles and checks an exercise (the compiler
 * and Lincheck's agent come from its own runtime).
 */
class PackageIT {
    @TempDir
    Path dir;

    @Test
    void theArchiveRunsWithNoJdkOnThePath() throws Exception {
        Process pack = new ProcessBuilder("scripts/package", dir.resolve("out").toString())
                .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String archive = new String(pack.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(pack.waitFor(5, TimeUnit.MINUTES), "scripts/package finished");
        assertEquals(0, pack.exitValue(), "scripts/package: " + archive);
        assertTrue(archive.endsWith(".tar.gz") && Files.isRegularFile(Path.of(archive)), archive);

        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-C", unpacked.toString(), "-xzf", archive).inheritIO().start();
        assertEquals(0, tar.waitFor());
        Path home;
        try (var entries = Files.list(unpacked)) {
            home = entries.findFirst().orElseThrow();
        }
        for (String part : List.of("bin/threadlab", "bin/threadlab.cmd", "runtime/bin/java", "lib/threadlab.jar",
                "lib/checker-lib", "lessons")) {
            assertTrue(Files.exists(home.resolve(part)), "the archive holds " + part);
        }
        Path tools = Files.createDirectories(dir.resolve("path"));
        for (String tool : List.of("sh", "dirname")) {
            Files.createSymbolicLink(tools.resolve(tool), Path.of(which(tool)));
        }
        Path data = dir.resolve("data");
        String out = run(home, tools, data, "run primes --limit 20000 --modes sequential,processes --workers 2 --repeat 1 --warmup 0\n"
                + "exercise is-prime\nsysinfo\nquit\n");
        assertTrue(out.contains("sum of the primes below 20,000 ✓ checked, all rows agree"), out);
        assertTrue(out.contains(home.resolve("runtime").toString()) || out.contains("25."), "sysinfo names its runtime:\n" + out);
        Files.copy(Path.of("lessons/exercises/is-prime/solution/Primes.java"), data.resolve("workspace/is-prime/Primes.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String check = run(home, tools, data, "check is-prime\nquit\n");
        assertTrue(check.contains("✓") && check.contains("1 of"), "the check compiled and passed without a JDK:\n" + check);
    }

    private static String run(Path home, Path tools, Path data, String input) throws Exception {
        ProcessBuilder b = new ProcessBuilder(home.resolve("bin/threadlab").toString(), "--data-dir", data.toString())
                .redirectErrorStream(true);
        Map<String, String> env = b.environment();
        env.clear(); // no JAVA_HOME, and no java on PATH
        env.put("PATH", tools.toString());
        env.put("TERM", "dumb");
        Process p = b.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), out);
        return out;
    }

    private static String which(String tool) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
