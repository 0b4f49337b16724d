package io.threadlab.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void splitsOnWhitespaceAndKeepsQuotedGroups() {
        assertEquals(List.of("run", "fetch", "--url", "http://a b"), Tokenizer.split("  run fetch --url 'http://a b' "));
        assertEquals(List.of("say", "a\"b", "c d"), Tokenizer.split("say \"a\\\"b\" c\\ d"));
        assertEquals(List.of("it's"), Tokenizer.split("'it'\"'\"'s'"));
        assertEquals(List.of(""), Tokenizer.split("''"));
    }

    @Test
    void bangIsAnOrdinaryCharacter() {
        assertEquals(List.of("echo", "!!", "!$"), Tokenizer.split("echo !! !$"));
    }

    @Test
    void unbalancedQuoteIsOneLineError() {
        UsageException e = assertThrows(UsageException.class, () -> Tokenizer.split("run 'primes"));
        assertTrue(e.getMessage().startsWith("unbalanced quote"), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1);
    }
}
