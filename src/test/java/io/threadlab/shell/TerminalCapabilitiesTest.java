package io.threadlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** threadlab's quick reading of terminal descriptions must give exactly what JLine's gives. */
class TerminalCapabilitiesTest {

    @Test
    void theNameTableIsJLines() {
        assertEquals(InfoCmp.getCapabilitiesByName(), TerminalCapabilities.names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "xterm", "screen-256color", "screen", "ansi", "dumb", "dumb-color",
            "rxvt-unicode-256color", "windows-vtp", "tmux-256color", "tmux"})
    void parsesEveryShippedDescriptionAsJLineDoes(String term) {
        TerminalCapabilities.preload(term);
        String caps = InfoCmp.getLoadedInfoCmp(term);
        assertNotNull(caps, term + " is shipped by JLine or threadlab");

        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        assertTrue(TerminalCapabilities.parse(term, bools, ints, strings));

        Set<Capability> jlineBools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> jlineInts = new EnumMap<>(Capability.class);
        Map<Capability, String> jlineStrings = new EnumMap<>(Capability.class);
        InfoCmp.parseInfoCmp(caps, jlineBools, jlineInts, jlineStrings);

        assertFalse(strings.isEmpty(), "a real description has string capabilities");
        assertEquals(jlineBools, bools);
        assertEquals(jlineInts, ints);
        assertEquals(jlineStrings, strings);
    }

    @Test
    void anUnknownTerminalIsLeftToJLine() {
        TerminalCapabilities.preload("no-such-terminal-xyz");
        assertFalse(TerminalCapabilities.parse("no-such-terminal-xyz", EnumSet.noneOf(Capability.class),
                new EnumMap<>(Capability.class), new EnumMap<>(Capability.class)));
    }

    @Test
    void jlineLoadsThreadlabsProviderUnderItsOwnName() throws Exception {
        assertEquals(QuickStartJniProvider.class, TerminalProvider.load("jni").getClass());
    }
}
