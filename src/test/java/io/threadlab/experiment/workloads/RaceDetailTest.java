package io.threadlab.experiment.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.experiment.Params;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a race row says about its counts: never that an unsafe counter is safe. */
class RaceDetailTest {
    private static Race race(String counter, String pace) {
        return new Race(Params.empty().with(Race.INCREMENTS, 100L).with(Race.COUNTER, List.of(counter)).with(Race.PACE, pace));
    }

    @Test
    void anUnsafeCounterThatLostNothingIsNotCalledSafe() {
        String none = race("unsafe", "together").detail(List.of(BigInteger.valueOf(200), BigInteger.valueOf(200)), 2);
        assertTrue(none.startsWith("no updates lost in any of 2 repeats: this run did not show the race, which says"
                + " nothing about safety"), none);
        String lost = race("unsafe", "together").detail(List.of(BigInteger.valueOf(150), BigInteger.valueOf(200)), 2);
        assertEquals("no updates lost; updates lost in 1 of 2 repeats", lost);
        String gil = race("unsafe", "gil").detail(List.of(BigInteger.valueOf(200)), 2);
        assertTrue(gil.startsWith("no updates lost: the simulated GIL switches threads only between increments"), gil);
        assertEquals("no updates lost in any of 2 repeats",
                race("atomic", "together").detail(List.of(BigInteger.valueOf(200), BigInteger.valueOf(200)), 2));
    }
}
