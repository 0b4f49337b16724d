package io.threadlab.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.command.CommandSpec;
import io.threadlab.Leaks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import io.threadlab.command.Opt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grammar-based fuzzer over the real parser and dispatcher: every command with random
 * options and values (negative, zero, 2^63, 1e9, NaN, empty, unknown, duplicated), plus
 * Unicode, control characters, 1 MB lines and unbalanced quotes. Valid experiments get tiny
 * sizes; big values must be refused. No input may crash the shell or print a stack trace.
 * Scale with -Dreliability.scale=N (the long run in scripts/bench uses 10).
 */
class CommandFuzzTest {
    static final int INPUTS = 10_000 * Integer.getInteger("reliability.scale", 1);
    /** Commands that hand the terminal to an editor or run a check JVM: fuzzed only with bad arguments. */
    static final List<String> ONLY_BAD_ARGUMENTS = List.of("edit", "check", "try", "exercise", "predict");

    @TempDir
    Path data;

    @Test
    void noInputCrashesTheShellOrPrintsAStackTrace() throws Exception {
        TestShell shell = new TestShell(data, 80);
        SplittableRandom random = new SplittableRandom(Long.getLong("reliability.seed", 20261123L));
        Grammar grammar = new Grammar(shell.app.session().registry().all().stream().toList(), random, data);
        int errors = 0;
        int crashes = 0;
        List<String> problems = new ArrayList<>();
        Leaks.Snapshot before = Leaks.snapshot();
        long start = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            String line = grammar.next();
            int linesBefore = shell.lines.size();
            int errorsBefore = shell.errors.size();
            shell.app.execute(line);
            errors += shell.errors.size() - errorsBefore;
            for (String out : shell.lines.subList(linesBefore, shell.lines.size())) {
                if (out.matches("(?s).*\\tat [\\w.$]+\\(.*") || out.startsWith("Exception in thread")) {
                    crashes++;
                    problems.add("stack trace: " + abbreviate(line) + "  ->  " + abbreviate(out));
                }
            }
            for (String error : shell.errors.subList(errorsBefore, shell.errors.size())) {
                if (error.startsWith("internal error") || error.contains("Exception")) {
                    crashes++;
                    problems.add(abbreviate(line) + "  ->  " + abbreviate(error));
                } else if (error.replaceAll("\n  (?=\\S)", " ").contains("\n") || error.isBlank()) {
                    // One message: lines fitted to the screen continue indented; anything else is a second message.
                    problems.add("not one line: " + abbreviate(line) + " -> " + abbreviate(error));
                }
            }
            if (shell.lines.size() > 50_000) {
                shell.lines.clear();
                shell.errors.clear();
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf("reliability: fuzz inputs=%d errors=%d crashes=%d seconds=%d%n", INPUTS, errors, crashes, seconds);
        assertEquals(List.of(), problems.stream().limit(20).toList(), "inputs that broke the shell");
        assertTrue(errors > INPUTS / 4, "the fuzzer reaches the error paths: " + errors);
        assertTrue(shell.run("help").contains("sysinfo"), "the shell still answers help");
        assertEquals(List.of(), Leaks.leftSince(before, 2_000), "nothing left running");
    }

    static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }

    /** Builds command lines from the command specs themselves. */
    static final class Grammar {
        private final List<CommandSpec> commands;
        private final SplittableRandom random;
        private final Path dir;

        Grammar(List<CommandSpec> commands, SplittableRandom random, Path dir) {
            this.commands = commands;
            this.random = random;
            this.dir = dir;
        }

        String next() {
            int kind = random.nextInt(100);
            if (kind < 10) {
                return garbage();
            }
            CommandSpec spec = commands.get(random.nextInt(commands.size()));
            List<String> words = new ArrayList<>();
            words.add(kind < 15 ? mangle(spec.name()) : spec.name());
            boolean onlyBad = ONLY_BAD_ARGUMENTS.contains(spec.name());
            words.addAll(arguments(spec, onlyBad));
            if (!onlyBad) {
                int options = random.nextInt(5);
                List<Opt<?>> all = new ArrayList<>(spec.allOptions().values());
                for (int i = 0; i < options && !all.isEmpty(); i++) {
                    Opt<?> o = all.get(random.nextInt(all.size()));
                    words.add(random.nextInt(20) == 0 ? "--" + o.name() + "x" : "--" + o.name());
                    if (!o.isFlag() && random.nextInt(30) != 0) {
                        words.add(value(o.name()));
                    }
                }
                if (random.nextInt(20) == 0) {
                    words.add("--" + pick("bogus", "", "-", "modes=", "workers=1"));
                }
            }
            tiny(spec, words);
            return join(words);
        }

        /** Valid experiments always get tiny sizes, unless the fuzzer already chose a value. */
        private static final Map<String, List<String>> TINY = Map.ofEntries(
                Map.entry("primes", List.of("--limit", "100", "--chunk", "10")),
                Map.entry("squares", List.of("--count", "1", "--size", "10")),
                Map.entry("fetch", List.of("--requests", "2", "--latency", "0", "--size", "1")),
                Map.entry("copy", List.of("--files", "1", "--file-size", "1")),
                Map.entry("sleep", List.of("--tasks", "2", "--duration", "0")),
                Map.entry("spawn", List.of("--count", "1", "--kinds", "thread")),
                Map.entry("share", List.of("--items", "2")),
                Map.entry("race", List.of("--increments", "10")),
                Map.entry("visibility", List.of("--flags", "opaque", "--delay", "0", "--deadline", "10")),
                Map.entry("deadlock", List.of("--transfers", "10")),
                Map.entry("amdahl", List.of("--work", "1")),
                Map.entry("timeslice", List.of("--spin", "1", "--hogs", "1")));

        private void tiny(CommandSpec spec, List<String> words) {
            if (!(spec.name().equals("run") || spec.name().equals("sweep")) || words.size() < 2) {
                return;
            }
            List<String> extra = new ArrayList<>(TINY.getOrDefault(words.get(1), List.of()));
            extra.addAll(List.of("--repeat", "1", "--warmup", "0"));
            if (spec.name().equals("sweep")) {
                extra.addAll(List.of("--workers", "1,2"));
            }
            for (int i = 0; i < extra.size(); i += 2) {
                String option = extra.get(i);
                if (words.stream().noneMatch(w -> w.equals(option))) {
                    words.add(option);
                    words.add(extra.get(i + 1));
                }
            }
        }

        private List<String> arguments(CommandSpec spec, boolean onlyBad) {
            List<String> args = new ArrayList<>();
            if (spec.maxArgs() == 0 && random.nextInt(10) != 0) {
                return args;
            }
            switch (spec.name()) {
                case "run", "sweep" -> args.add(random.nextInt(10) == 0 ? pick("nosuch", "", "PRIMES", "primes2")
                        : pick("primes", "squares", "fetch", "copy", "sleep", "spawn", "share", "race", "visibility",
                                "deadlock", "amdahl", "timeslice"));
                case "export" -> args.add(dir.resolve(pick("runs.csv", "runs.json", "runs.md", "runs.txt", "sub/missing/x.csv", "")).toString());
                case "lesson" -> args.add(pick("1", "2", "6", "0", "7", "-1", "threads", "nope", "99999999999", ""));
                case "page", "timeline" -> args.add(pick("1", "2", "0", "-5", "100", "x", ""));
                case "reset" -> args.add(pick("progress", "lost-updates", "everything", ""));
                case "help" -> args.add(pick("run", "sweep", "nosuch", "h", ""));
                // A relative folder would be made in the test's working directory, the checkout.
                case "workspace" -> args.add(random.nextInt(3) == 0 ? "" : dir.resolve(pick("0", "x y", "sub/ws")).toString());
                default -> {
                    if (onlyBad || spec.maxArgs() > 0) {
                        args.add(pick("nosuch-exercise", "0", "99", "-1", "", "x y"));
                    }
                }
            }
            if (random.nextInt(15) == 0) {
                args.add("extra");
            }
            return args;
        }

        private String value(String option) {
            int kind = random.nextInt(100);
            if (kind < 30) {
                return pick("-1", "0", "9223372036854775808", "-9223372036854775809", "1e9", "NaN", "", "abc", "½", "1_0",
                        "1,,2", ",", "2,-1", "0x10", " 3 ", "٣", "1.5");
            }
            if (kind < 35) {
                return pick("5000", "99999999", "1000001", "100001", "65", "9999");
            }
            return switch (option) {
                case "modes" -> modes();
                case "mode" -> pick("threads", "forkjoin", "threads", "processes", "virtual", "turbo");
                case "workers" -> pick("1", "2", "3", "1,2", "2,3", "1,2,3");
                case "format" -> pick("table", "json", "csv", "xml");
                case "counter" -> pick("unsafe", "atomic", "adder", "synchronized", "unsafe,atomic", "sloppy");
                case "kinds" -> random.nextInt(20) == 0 ? "process" : pick("thread", "virtual", "thread,virtual", "fiber", "platform");
                case "flags" -> pick("opaque", "volatile", "plain", "interpreted", "plain,opaque", "bogus");
                case "delay", "spin", "transfers" -> pick("0", "1", "10");
                case "deadline" -> pick("10", "20");
                case "locking" -> pick("opposite", "ordered", "trylock", "opposite,trylock", "both");
                case "serial" -> pick("0", "50", "100");
                case "work" -> "1";
                case "hogs" -> pick("0", "1", "2");
                case "url" -> pick("ftp://example.org/", "not a url", "http://127.0.0.1:9/", "http://", "https://[::1]:9/x");
                case "limit" -> pick("10", "100", "1000");
                case "chunk" -> pick("10", "100");
                case "count" -> pick("1", "2");
                case "size" -> "1";
                case "requests", "tasks", "items" -> pick("1", "2", "3");
                case "latency", "jitter", "duration" -> pick("0", "1");
                case "files", "file-size", "repeat" -> pick("1", "2");
                case "warmup" -> pick("0", "1");
                case "increments" -> pick("1", "10", "1000");
                case "switch-interval" -> pick("1", "5");
                // A CPython child per row costs tens of milliseconds: rare, like processes.
                case "runtime" -> random.nextInt(20) == 0 ? pick("python", "jvm,python") : pick("jvm", "java", "jvm,jvm", "");
                case "python" -> pick("python3", "/nonexistent/python", "/bin/ls", "", "python2.7", "..");
                default -> pick("1", "2");
            };
        }

        private String modes() {
            List<String> all = new ArrayList<>(List.of("sequential", "threads", "thread-per-task", "virtual", "forkjoin", "async"));
            if (random.nextInt(25) == 0) {
                all.add("processes");
            }
            int n = 1 + random.nextInt(3);
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                chosen.add(random.nextInt(30) == 0 ? "turbo" : all.get(random.nextInt(all.size())));
            }
            return String.join(",", chosen);
        }

        private String garbage() {
            return switch (random.nextInt(7)) {
                case 0 -> "x".repeat(1 << 20);
                case 1 -> "run 'primes --limit 10";
                case 2 -> "\u0000\u0007\u001b[31mred\u001b[0m\r\u0008 help";
                case 3 -> "lesson \"unclosed";
                case 4 -> "ряд потоков ✓ 線程 🧵 " + "\u202e" + "evil";
                case 5 -> "run primes " + "--limit 10 ".repeat(random.nextInt(2, 50));
                default -> "\\" + "\t".repeat(random.nextInt(5)) + "'\"'\"";
            };
        }

        private String mangle(String name) {
            if (name.length() < 2) {
                return name + name;
            }
            int i = random.nextInt(name.length());
            return switch (random.nextInt(3)) {
                case 0 -> name.substring(0, i) + name.substring(i + 1);
                case 1 -> name.toUpperCase(java.util.Locale.ROOT);
                default -> name.substring(0, Math.max(1, i));
            };
        }

        private String pick(String... values) {
            return values[random.nextInt(values.length)];
        }

        private static String join(List<String> words) {
            StringBuilder line = new StringBuilder();
            for (String w : words) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(w.isEmpty() || w.contains(" ") ? "'" + w.replace("'", "") + "'" : w);
            }
            return line.toString();
        }
    }

}
