package dev.candor.rules.checks;

import dev.candor.model.ConsentAttempt;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.TcDecoded;
import dev.candor.model.TcString;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;
import dev.candor.rules.tcf.TcStringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the site's IAB TCF v2 consent strings say compared with what the visitor did. Each string is
 * decoded again from its raw form (so a newer decoder rereads old records); a redacted one is judged
 * by the decoding saved with it.
 */
final class TcfChecks {

    /** Purposes 3-6: profiles for, and selection of, personalised advertising and content. */
    private static final Set<Integer> PERSONALISATION = Set.of(3, 4, 5, 6);

    /** TCF v2.2 writes policy version 4; from it on, legitimate interest is excluded for purposes 3-6. */
    private static final int POLICY_V2_2 = 4;

    private TcfChecks() {}

    /** {@code tcf-consent-before-choice}: a string read before any consent action that records consent. */
    static void consentBeforeChoice(Facts f, FindingSink sink) {
        for (PhaseRecord p : f.record().phases()) {
            for (TcString s : p.tcf().strings()) {
                TcDecoded d = decoded(s);
                if (s.sinceConsentMs() == null && d != null && d.anyConsent()) {
                    sink.report(site(f), "A TC string (CMP " + d.cmpId() + ") recorded consent before the visitor chose: "
                            + consents(d) + ".", evidence(p.phase(), s, d));
                }
            }
        }
    }

    /** {@code tcf-consent-after-reject}: after a verified "reject all", a string that still records consent. */
    static void consentAfterReject(Facts f, FindingSink sink) {
        ConsentAttempt reject = f.consent(Phase.AFTER_REJECT);
        PhaseRecord p = f.record().phase(Phase.AFTER_REJECT).orElse(null);
        if (reject == null || !reject.done() || p == null) {
            return;
        }
        for (TcString s : p.tcf().strings()) {
            TcDecoded d = decoded(s);
            if (s.sinceConsentMs() != null && d != null && d.anyConsent()) {
                sink.report(site(f), "After \"reject all\" the TC string (CMP " + d.cmpId() + ") still records consent: "
                        + consents(d) + ".", evidence(p.phase(), s, d));
            }
        }
    }

    /** {@code tcf-legitimate-interest-for-personalisation}: a TCF v2.2 string with legitimate interest for purposes 3-6. */
    static void legitimateInterestForPersonalisation(Facts f, FindingSink sink) {
        for (PhaseRecord p : f.record().phases()) {
            for (TcString s : p.tcf().strings()) {
                TcDecoded d = decoded(s);
                if (d == null || d.policyVersion() < POLICY_V2_2) {
                    continue;
                }
                List<Integer> restricted = d.purposesLegitimateInterest().stream().filter(PERSONALISATION::contains).toList();
                if (!restricted.isEmpty()) {
                    sink.report(site(f), "A TCF v2.2 string (CMP " + d.cmpId() + ", policy version " + d.policyVersion()
                            + ") claims legitimate interest for purpose(s) " + restricted
                            + ", which TCF v2.2 allows only with consent.", evidence(p.phase(), s, d));
                }
            }
        }
    }

    /** The string decoded again from its raw form; the saved decoding when the raw value was redacted. */
    static TcDecoded decoded(TcString s) {
        return s.raw() == null ? s.decoded() : TcStringReader.read(s.raw()).decoded();
    }

    private static String consents(TcDecoded d) {
        List<String> parts = new ArrayList<>();
        if (!d.purposesConsent().isEmpty()) {
            parts.add("purposes " + d.purposesConsent());
        }
        if (d.vendorConsentCount() > 0) {
            parts.add(d.vendorConsentCount() + " vendor(s)");
        }
        if (!d.specialFeatureOptIns().isEmpty()) {
            parts.add("special features " + d.specialFeatureOptIns());
        }
        return String.join(", ", parts);
    }

    private static Evidence evidence(Phase phase, TcString s, TcDecoded d) {
        return new Evidence.TcfSeen(phase, s.page(), s.visit(), s.source(), s.raw(), d.cmpId(), d.purposesConsent(),
                d.purposesLegitimateInterest(), d.vendorConsentCount(), d.vendorLegitimateInterestCount(), null, s.atMs(),
                s.sinceConsentMs());
    }

    private static Subject site(Facts f) {
        return Subject.site(f.record().siteDomain());
    }
}
