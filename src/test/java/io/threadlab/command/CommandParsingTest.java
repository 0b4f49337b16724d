package io.threadlab.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandParsingTest {
    static final Opt<List<Integer>> WORKERS = Opt.integers("workers", "worker counts", List.of(2), 1, 64);
    static final Opt<List<String>> MODES = Opt.choices("modes", "modes", List.of("sequential"), List.of("sequential", "threads"));
    static final Opt<List<String>> URL = Opt.repeated("url", "URL", "a page", ValueType.text("text", t -> null));
    static final Opt<Boolean> GIL = Opt.flag("gil", "simulate the GIL");
    static final Opt<Long> LIMIT = Opt.number("limit", "a limit", 100, 10, 1_000);
    static final Opt<Long> REQUESTS = Opt.number("requests", "pages", 20, 1, 100);

    private final CommandSpec spec = CommandSpec.builder("run", "run things")
            .arguments("EXPERIMENT", 1, 1)
            .argumentValues(() -> List.of("primes", "fetch"))
            .argumentOptions(arg -> Optional.ofNullable(Map.<String, List<Opt<?>>>of("primes", List.of(LIMIT), "fetch", List.of(REQUESTS)).get(arg)))
            .option(WORKERS).option(MODES).option(URL).option(GIL)
            .handler(i -> { });

    private Invocation parse(String line) {
        return CommandParser.parse(spec, Tokenizer.split(line));
    }

    @Test
    void readsTypedOptionsArgumentsAndFlags() {
        Invocation inv = parse("primes --workers 1,2,4 --gil --url a --url b,c --limit 500");
        assertEquals("primes", inv.arg(0, ""));
        assertEquals(List.of(1, 2, 4), inv.get(WORKERS));
        assertTrue(inv.get(GIL));
        assertEquals(List.of("a", "b,c"), inv.get(URL));
        assertEquals(500L, inv.get(LIMIT));
    }

    @Test
    void givesTheDeclaredDefaultWhenAnOptionIsMissing() {
        Invocation inv = parse("primes");
        assertEquals(List.of(2), inv.get(WORKERS));
        assertFalse(inv.get(GIL));
        assertFalse(inv.has(WORKERS));
        assertEquals(100L, inv.get(LIMIT));
        assertEquals(List.of(), inv.get(URL));
    }

    @Test
    void acceptsEqualsFormAndUniquePrefixes() {
        assertEquals(List.of(8), parse("primes --workers=8").get(WORKERS));
        assertEquals(List.of(3), parse("primes --work 3").get(WORKERS));
    }

    @Test
    void anArgumentsOwnOptionsApplyOnlyToIt() {
        assertMessage("--requests does not apply to 'primes'; its options: --gil, --limit, --modes, --url, --workers",
                () -> parse("primes --requests 5"));
        assertEquals(5L, parse("fetch --requests 5").get(REQUESTS));
        assertMessage("run: unknown EXPERIMENT 'bogus'; allowed: primes, fetch", () -> parse("bogus"));
    }

    @Test
    void refusesBadInputWithOneLineThatSaysWhatIsAllowed() {
        assertMessage("run: unknown option '--bogus'; allowed: --gil, --modes, --url, --workers", () -> parse("primes --bogus"));
        assertMessage("run: option --workers needs a value (N[,N...])", () -> parse("primes --workers"));
        assertMessage("run: option --workers is given more than once; give it once", () -> parse("primes --workers 1 --workers 2"));
        assertMessage("run: which EXPERIMENT? one of: primes, fetch", () -> parse("--gil"));
        assertMessage("run: unexpected argument 'extra'; usage: run EXPERIMENT [options]", () -> parse("primes extra"));
        assertMessage("--workers: 'x' is not a whole number; allowed: 1 to 64", () -> parse("primes --workers x"));
        assertMessage("--workers: 0 is out of range; allowed: 1 to 64", () -> parse("primes --workers 0"));
        assertMessage("--workers: -3 is out of range; allowed: 1 to 64", () -> parse("primes --workers -3"));
        assertMessage("--workers: '9223372036854775808' is not a whole number; allowed: 1 to 64",
                () -> parse("primes --workers 9223372036854775808"));
        assertMessage("--workers: empty item in '1,,2'; give a comma-separated list", () -> parse("primes --workers 1,,2"));
        assertMessage("--modes: unknown value 'turbo'; allowed: sequential, threads", () -> parse("primes --modes turbo"));
        assertMessage("--limit: 5 is out of range; allowed: 10 to 1,000", () -> parse("primes --limit 5"));
    }

    @Test
    void helpIsGeneratedFromTheDeclaration() {
        List<String[]> rows = HelpText.optionRows(List.of(WORKERS, GIL, LIMIT, URL));
        assertEquals("--workers N[,N...]", rows.get(0)[0]);
        assertEquals("worker counts (default 2; a comma-separated list, each 1 to 64)", rows.get(0)[1]);
        assertEquals("simulate the GIL", rows.get(1)[1]);
        assertEquals("a limit (default 100; 10 to 1,000)", rows.get(2)[1]);
        assertEquals("a page (may be given more than once)", rows.get(3)[1]);
    }

    @Test
    void completionOffersOnlyTheArgumentsOwnOptionsAndEachListItem() {
        CommandRegistry registry = new CommandRegistry().register(spec);
        Completions completions = new Completions(registry);
        List<String> forPrimes = completions.candidates(List.of("run", "primes", "--"));
        assertTrue(forPrimes.contains("--limit") && !forPrimes.contains("--requests"), forPrimes.toString());
        List<Completions.Candidate> items = completions.detailed(List.of("run", "primes", "--modes", "sequential,th"));
        assertEquals(List.of(new Completions.Candidate("sequential,threads", false)), items);
    }

    @Test
    void completesFilePathsForAPathArgumentAndAPathOption(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("results"));
        java.nio.file.Files.writeString(dir.resolve("runs.csv"), "");
        java.nio.file.Files.writeString(dir.resolve("runs.json"), "");
        java.nio.file.Files.writeString(dir.resolve(".hidden"), "");
        CommandSpec export = CommandSpec.builder("export", "save").arguments("FILE", 1, 1).pathArgument().handler(i -> { });
        Opt<String> python = new Opt<>("python", "PATH", "a Python", ValueType.path("a path", v -> null), "python3", null, false, false);
        CommandSpec run = CommandSpec.builder("go", "go").option(python).handler(i -> { });
        Completions completions = new Completions(new CommandRegistry().register(export).register(run));
        assertEquals(List.of(new Completions.Candidate(dir + "/results/", false), new Completions.Candidate(dir + "/runs.csv", true),
                new Completions.Candidate(dir + "/runs.json", true)), completions.detailed(List.of("export", dir + "/r")));
        assertEquals(List.of(dir + "/runs.json"), completions.candidates(List.of("export", dir + "/runs.j")));
        assertEquals(List.of(dir + "/.hidden"), completions.candidates(List.of("go", "--python", dir + "/.")));
        assertEquals(List.of(), completions.candidates(List.of("export", dir + "/missing/x")));
    }

    @Test
    void echoesControlCharactersSafely() {
        UsageException e = assertThrows(UsageException.class, () -> parse("primes --workers \u001b[31m"));
        assertTrue(e.getMessage().contains("\\u001b"), e.getMessage());
        assertTrue(e.getMessage().indexOf('\u001b') < 0);
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(UsageException.class, call).getMessage());
    }
}
