package io.threadlab.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {
    private final CommandRegistry registry = new CommandRegistry();

    CommandRegistryTest() {
        for (String name : List.of("lesson", "lessons", "help", "run", "results", "quit")) {
            registry.register(CommandSpec.builder(name, name).handler(i -> { }));
        }
    }

    @Test
    void exactBeatsPrefixAndUniquePrefixResolves() {
        assertEquals("lesson", registry.resolve("lesson").name());
        assertEquals("help", registry.resolve("he").name());
        assertEquals("quit", registry.resolve("q").name());
    }

    @Test
    void ambiguousPrefixNamesTheCandidates() {
        assertEquals("'r' is ambiguous; it could be run, results",
                assertThrows(UsageException.class, () -> registry.resolve("r")).getMessage());
    }

    @Test
    void unknownCommandSuggestsCloseNames() {
        assertEquals("unknown command 'hlep'; did you mean help?",
                assertThrows(UsageException.class, () -> registry.resolve("hlep")).getMessage());
        assertEquals("unknown command 'xyz'; type 'help' for the list",
                assertThrows(UsageException.class, () -> registry.resolve("xyz")).getMessage());
    }

    @Test
    void registeringTwiceIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> registry.register(CommandSpec.builder("run", "again").handler(i -> { })));
    }
}
