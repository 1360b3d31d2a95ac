package dev.candor.rules.checks;

import dev.candor.model.Phase;
import dev.candor.model.policy.CookieCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * Global Privacy Control: what a visitor who sends it and clicks nothing is still tracked by. GPC is
 * an opt-out of the sale and sharing of personal data (cross-context advertising), binding under
 * the CCPA and the Colorado Privacy Act; in the EU it is a signal with no settled legal effect, so
 * the finding is low and says which law engages it.
 */
final class GpcChecks {

    /** What a GPC opt-out covers: advertising and social tracking, not measurement or function. */
    private static final Set<CookieCategory> SALE_OR_SHARING = EnumSet.of(CookieCategory.MARKETING, CookieCategory.SOCIAL);

    private GpcChecks() {}

    /** {@code gpc-ignored}: advertising or social tracking in the gpc phase. */
    static void ignored(Facts f, FindingSink sink) {
        if (f.record().phase(Phase.GPC).isEmpty()) {
            return;
        }
        for (Seen s : f.in(Phase.GPC)) {
            if (!s.tracking() || s.storage() != null || s.match() == null || !SALE_OR_SHARING.contains(s.match().category())) {
                continue;
            }
            sink.report(s.subject(), s.subject().label() + " tracks a visitor whose browser sends Global Privacy Control: "
                    + s.describe() + " on " + s.page() + comparedWithReject(f, s), s.evidence());
        }
    }

    /** Whether the same vendor tracks after a verified "reject all" (after the click, as tracking-after-reject counts it). */
    private static String comparedWithReject(Facts f, Seen s) {
        dev.candor.model.ConsentAttempt reject = f.consent(Phase.AFTER_REJECT);
        if (reject == null || !reject.done()) {
            return ".";
        }
        boolean after = f.in(Phase.AFTER_REJECT).stream().anyMatch(r -> r.tracking() && r.subject().equals(s.subject())
                && r.sinceConsentMs() != null && r.sinceConsentMs() >= 0);
        return after ? "; it also tracks after \"reject all\"." : "; after \"reject all\" it does not.";
    }
}
