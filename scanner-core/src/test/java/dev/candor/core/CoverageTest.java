package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Completion;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phase that loses pages says so in the completion (issue 11, item 5). */
class CoverageTest {

    private static PageVisit visit(PageOutcome outcome, String detail) {
        return new PageVisit("https://www.example.com/", null, null, null, outcome, detail, 10, List.of());
    }

    private static PhaseRecord phase(Phase phase, PageVisit... visits) {
        return new PhaseRecord(phase, Instant.EPOCH, null, false, List.of(visits), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void everyPageLoadedIsComplete() {
        assertThat(Coverage.of(List.of(phase(Phase.BEFORE_CONSENT, visit(PageOutcome.LOADED, null))))).isEqualTo(Completion.finished());
    }

    @Test
    void abortedAndTimedOutVisitsMakeTheRecordIncompleteAndTheReasonNamesThem() {
        Completion c = Coverage.of(List.of(
                phase(Phase.BEFORE_CONSENT, visit(PageOutcome.LOADED, null), visit(PageOutcome.LOADED, null)),
                phase(Phase.AFTER_ACCEPT, visit(PageOutcome.LOADED, null), visit(PageOutcome.FAILED, "net::ERR_ABORTED at https://x/"),
                        visit(PageOutcome.TIMEOUT, "no load event within 5000 ms"))));
        assertThat(c.complete()).isFalse();
        assertThat(c.reason()).isEqualTo("2 of 5 page visits not recorded (after-accept: 1 failed (ERR_ABORTED), 1 timed out)");
    }

    @Test
    void aLinkThatIsNotAPageIsNotALostPage() {
        assertThat(Coverage.of(List.of(phase(Phase.BEFORE_CONSENT, visit(PageOutcome.FAILED, "not an HTML document: text/plain"))))
                .complete()).isTrue();
    }
}
