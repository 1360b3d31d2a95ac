package dev.candor.rules.checks;

import dev.candor.model.ConsentAttempt;
import dev.candor.model.ConsentFailure;
import dev.candor.model.Phase;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;
import java.util.List;

/** Whether the site asks, and whether refusing is possible and as easy as accepting. */
final class ConsentChecks {

    private ConsentChecks() {}

    /** {@code no-consent-mechanism}: tracking, and no banner or notice in any phase. */
    static void noConsentMechanism(Facts f, FindingSink sink) {
        if (f.bannerAnywhere()) {
            return;
        }
        List<Seen> tracking = f.all().stream().filter(Seen::tracking).toList();
        if (tracking.isEmpty()) {
            return;
        }
        Subject site = Subject.site(f.record().siteDomain());
        String message = "The site tracks visitors (" + tracking.get(0).subject().label() + " and others) but no consent banner or notice was found in any phase.";
        sink.report(site, message, f.consentEvidence().toArray(Evidence[]::new));
        tracking.forEach(s -> sink.report(site, message, s.evidence()));
    }

    /** {@code no-reject-option}: a banner whose reject does not exist, neither on the first layer nor behind settings. */
    static void noRejectOption(Facts f, FindingSink sink) {
        ConsentAttempt reject = f.consent(Phase.AFTER_REJECT);
        if (reject == null || !reject.bannerDetected() || reject.done() || reject.failure() != ConsentFailure.NO_CONTROL) {
            return;
        }
        if (f.all().stream().noneMatch(Seen::tracking)) {
            return;
        }
        sink.report(Subject.site(f.record().siteDomain()), "The consent banner offers no way to refuse: no reject control on its first layer or behind its settings"
                + (reject.cmp() == null || reject.cmp().equals("custom") ? "" : " (" + reject.cmp() + ")") + ".",
                f.consentEvidence().toArray(Evidence[]::new));
    }

    /** {@code reject-harder-than-accept}: reject needs the settings layer, or more clicks than accept. */
    static void rejectHarderThanAccept(Facts f, FindingSink sink) {
        ConsentAttempt accept = f.consent(Phase.AFTER_ACCEPT);
        ConsentAttempt reject = f.consent(Phase.AFTER_REJECT);
        if (accept == null || reject == null || !accept.done() || !reject.done()) {
            return;
        }
        boolean notFirst = Boolean.FALSE.equals(reject.onFirstLayer());
        if (!notFirst && reject.clicks() <= accept.clicks()) {
            return;
        }
        sink.report(Subject.site(f.record().siteDomain()), "Accepting takes " + accept.clicks() + " click(s); rejecting takes "
                + reject.clicks() + (notFirst ? ", and reject is not on the banner's first layer." : "."),
                f.consentEvidence().toArray(Evidence[]::new));
    }

    /** {@code consent-not-tested}: a banner Candor could not answer both ways. */
    static void consentNotTested(Facts f, FindingSink sink) {
        if (!f.bannerAnywhere()) {
            return;
        }
        ConsentAttempt accept = f.consent(Phase.AFTER_ACCEPT);
        ConsentAttempt reject = f.consent(Phase.AFTER_REJECT);
        boolean acceptOk = accept == null || accept.done();
        boolean rejectOk = reject == null || reject.done() || reject.failure() == ConsentFailure.NO_CONTROL && reject.bannerDetected();
        if (acceptOk && rejectOk) {
            return;
        }
        String which = !acceptOk && !rejectOk ? "accept and reject" : !acceptOk ? "accept" : "reject";
        sink.report(Subject.site(f.record().siteDomain()), "A banner was seen, but Candor could not perform and verify "
                + which + "; findings after that choice may be missing.", f.consentEvidence().toArray(Evidence[]::new));
    }
}
