package dev.candor.scan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkQuietTest {

    @Test
    void quietOnlyOnceNothingHasBeenInFlightForTheWindow() {
        NetworkQuiet n = new NetworkQuiet();
        n.reset(1_000);
        n.started("doc");
        n.started("pixel");
        n.ended("doc", 1_200);
        assertFalse(n.quietFor(500, 5_000), "the pixel is still in flight");
        n.ended("pixel", 1_300);
        assertFalse(n.quietFor(500, 1_799), "quiet for 499 ms only");
        assertTrue(n.quietFor(500, 1_800));
    }

    @Test
    void aRequestStartedInsideTheWindowRestartsIt() {
        NetworkQuiet n = new NetworkQuiet();
        n.reset(0);
        n.started("doc");
        n.ended("doc", 100);
        // a tracker started 400 ms after load, by a timer
        n.started("late");
        assertFalse(n.quietFor(500, 700));
        n.ended("late", 650);
        assertFalse(n.quietFor(500, 1_000));
        assertTrue(n.quietFor(500, 1_150));
    }

    @Test
    void aRedirectKeepsItsIdAndANewDocumentForgetsTheOldOnesRequests() {
        NetworkQuiet n = new NetworkQuiet();
        n.reset(0);
        n.started("r");
        n.started("r");
        assertEquals(1, n.inFlight());
        n.started("never-ends");
        n.reset(2_000);
        assertEquals(0, n.inFlight());
        assertTrue(n.quietFor(500, 2_500));
        // an end the old document reported late changes nothing
        n.ended("never-ends", 2_400);
        assertTrue(n.quietFor(500, 2_500));
    }
}
