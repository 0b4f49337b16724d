package io.threadlab.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandParsingTest {
    private final CommandSpec spec = CommandSpec.builder("run", "run things")
            .arguments("EXPERIMENT", 1, 1)
            .option("workers", "N[,N...]", "worker counts")
            .option("modes", "M", "modes", () -> List.of("sequential", "threads"))
            .repeatableOption("url", "URL", "a page")
            .flag("gil", "simulate the GIL")
            .handler(i -> { });

    private Invocation parse(String line) {
        return CommandParser.parse(spec, Tokenizer.split(line));
    }

    @Test
    void readsOptionsArgumentsAndFlags() {
        Invocation inv = parse("primes --workers 1,2,4 --gil --url a --url b");
        assertEquals("primes", inv.arg(0, ""));
        assertEquals(List.of(1, 2, 4), inv.integers("workers", List.of(), 1, 64));
        assertTrue(inv.has("gil"));
        assertEquals(List.of("a", "b"), inv.strings("url"));
    }

    @Test
    void acceptsEqualsFormAndUniquePrefixes() {
        assertEquals(List.of(8), parse("primes --workers=8").integers("workers", List.of(), 1, 64));
        assertEquals(List.of(3), parse("primes --work 3").integers("workers", List.of(), 1, 64));
    }

    @Test
    void refusesBadInputWithOneLineThatSaysWhatIsAllowed() {
        assertMessage("run: unknown option '--bogus'; allowed: --gil, --modes, --url, --workers", () -> parse("primes --bogus"));
        assertMessage("run: option --workers needs a value (N[,N...])", () -> parse("primes --workers"));
        assertMessage("run: option --workers is given more than once; give it once", () -> parse("primes --workers 1 --workers 2"));
        assertMessage("run: missing argument; usage: run EXPERIMENT", () -> parse("--gil"));
        assertMessage("run: unexpected argument 'extra'; usage: run EXPERIMENT", () -> parse("primes extra"));
        assertMessage("--workers: 'x' is not a whole number; allowed: 1 to 64",
                () -> parse("primes --workers x").integers("workers", List.of(), 1, 64));
        assertMessage("--workers: 0 is out of range; allowed: 1 to 64",
                () -> parse("primes --workers 0").integers("workers", List.of(), 1, 64));
        assertMessage("--workers: -3 is out of range; allowed: 1 to 64",
                () -> parse("primes --workers -3").integers("workers", List.of(), 1, 64));
        assertMessage("--workers: '9223372036854775808' is not a whole number; allowed: 1 to 64",
                () -> parse("primes --workers 9223372036854775808").integers("workers", List.of(), 1, 64));
        assertMessage("--workers: empty item in '1,,2'; give a comma-separated list",
                () -> parse("primes --workers 1,,2").integers("workers", List.of(), 1, 64));
        assertMessage("--modes: unknown value 'turbo'; allowed: sequential, threads",
                () -> parse("primes --modes turbo").choice("modes", "sequential", List.of("sequential", "threads")));
    }

    @Test
    void echoesControlCharactersSafely() {
        UsageException e = assertThrows(UsageException.class, () -> parse("primes --workers \u001b[31m").integers("workers", List.of(), 1, 9));
        assertTrue(e.getMessage().contains("\\u001b"), e.getMessage());
        assertTrue(e.getMessage().indexOf('\u001b') < 0);
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(UsageException.class, call).getMessage());
    }
}
