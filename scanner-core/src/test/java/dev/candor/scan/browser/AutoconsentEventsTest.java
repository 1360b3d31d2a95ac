package dev.candor.scan.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AutoconsentEventsTest {

    private static final long MS = 1_000_000L;

    @Test
    void nothingRecognisedOnlyAfterTwoPassesAndASilence() {
        AutoconsentEvents ev = new AutoconsentEvents();
        ev.newDocument("https://www.example.de/");
        assertFalse(ev.nothingRecognised(1_000, 0), "no pass yet: autoconsent may not have started");
        ev.report("main", true, 1, "started", 100 * MS);
        assertFalse(ev.nothingRecognised(1_000, 5_000 * MS), "one pass only: the second comes 500 ms later");
        ev.report("main", true, 2, "started", 600 * MS);
        assertFalse(ev.nothingRecognised(1_000, 1_500 * MS), "a pass started 900 ms ago");
        assertTrue(ev.nothingRecognised(1_000, 1_600 * MS));
    }

    @Test
    void aPassInAFrameOrARecognisedCmpKeepsTheWaitGoing() {
        AutoconsentEvents ev = new AutoconsentEvents();
        ev.newDocument("https://www.example.de/");
        ev.report("main", true, 2, "started", 0);
        ev.report("frame", false, 3, "started", 900 * MS);
        assertFalse(ev.nothingRecognised(1_000, 1_500 * MS), "the frame's document is still changing");
        assertTrue(ev.nothingRecognised(1_000, 1_900 * MS));
        // a report repeating the same count is not a new pass
        ev.report("frame", false, 3, "started", 1_950 * MS);
        assertTrue(ev.nothingRecognised(1_000, 2_000 * MS));
        ev.cmpDetected("Klaro");
        assertFalse(ev.nothingRecognised(1_000, 60_000 * MS));
    }

    @Test
    void nothingDetectedEndsTheWaitAndANewDocumentStartsOver() {
        AutoconsentEvents ev = new AutoconsentEvents();
        ev.newDocument("https://www.example.de/");
        ev.report("main", true, 21, "nothingDetected", 0);
        assertTrue(ev.nothingRecognised(1_000, 10 * MS));
        ev.newDocument("https://www.example.de/next");
        assertFalse(ev.nothingRecognised(1_000, 60_000 * MS));
    }
}
