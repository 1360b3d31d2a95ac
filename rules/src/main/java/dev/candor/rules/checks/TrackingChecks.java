package dev.candor.rules.checks;

import dev.candor.model.ConsentAttempt;
import dev.candor.model.Phase;

/** Tracking that happens when it must not: before consent, and after a verified reject. */
final class TrackingChecks {

    private TrackingChecks() {}

    /** {@code tracking-before-consent}: cookies, beacons and tracking-vendor requests of a visitor who did nothing. */
    static void beforeConsent(Facts f, FindingSink sink) {
        for (Seen s : f.in(Phase.BEFORE_CONSENT)) {
            if (s.tracking() && s.storage() == null) {
                sink.report(s.subject(), s.subject().label() + " tracks before any consent: " + s.describe()
                        + " on " + s.page() + ".", s.evidence());
            }
        }
    }

    /** {@code storage-before-consent}: a tracking vendor's storage keys before consent. */
    static void storageBeforeConsent(Facts f, FindingSink sink) {
        for (Seen s : f.in(Phase.BEFORE_CONSENT)) {
            if (s.tracking() && s.storage() != null) {
                sink.report(s.subject(), s.subject().label() + " writes to browser storage before any consent: "
                        + s.describe() + " on " + s.page() + ".", s.evidence());
            }
        }
    }

    /**
     * {@code tracking-after-reject}: tracking after the reject click, in a phase whose reject was
     * done and verified; what came before the click is the before-consent phase's business.
     */
    static void afterReject(Facts f, FindingSink sink) {
        ConsentAttempt reject = f.consent(Phase.AFTER_REJECT);
        if (reject == null || !reject.done()) {
            return;
        }
        for (Seen s : f.in(Phase.AFTER_REJECT)) {
            Long since = s.sinceConsentMs();
            if (s.tracking() && since != null && since >= 0) {
                sink.report(s.subject(), s.subject().label() + " still tracks after \"reject all\": " + s.describe()
                        + " on " + s.page() + ", " + since + " ms after the click.", s.evidence());
            }
        }
    }
}
