package dev.candor.report;

import dev.candor.model.PhaseRecord;
import dev.candor.model.ScanRecord;
import dev.candor.model.TcDecoded;
import dev.candor.model.TcString;
import dev.candor.model.TcfSignals;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per phase on what the IAB TCF said there: the API, and the phase's last TC string (the
 * state the visitor's choice left) with its CMP id, purposes with consent and with legitimate
 * interest, and vendor counts. Raw text: each format escapes it ({@link SiteText} first).
 */
public final class TcfSummary {

    /** A phase and its line. */
    public record PhaseLine(String phase, String line) {}

    private TcfSummary() {}

    /** The phases that saw anything of the TCF; empty when none did. */
    public static List<PhaseLine> of(ScanRecord r) {
        List<PhaseLine> out = new ArrayList<>();
        for (PhaseRecord p : r.phases()) {
            TcfSignals t = p.tcf();
            if (t.present()) {
                out.add(new PhaseLine(p.phase().id(), line(t)));
            }
        }
        return out;
    }

    static String line(TcfSignals t) {
        StringBuilder b = new StringBuilder("__tcfapi ").append(t.apiFound() ? "present" : "absent")
                .append(t.locatorFrameFound() ? ", __tcfapiLocator frame" : "").append("; ")
                .append(t.strings().size()).append(" TC string(s)");
        if (t.strings().isEmpty()) {
            return b.toString();
        }
        TcString last = t.strings().get(t.strings().size() - 1);
        b.append("; last, from the ").append(last.source()).append(last.sinceConsentMs() == null ? " before any choice" : " after the choice")
                .append(": ");
        TcDecoded d = last.decoded();
        if (d == null) {
            return b.append("undecodable (").append(last.undecodable()).append(')').toString();
        }
        return b.append("CMP ").append(d.cmpId()).append(" version ").append(d.cmpVersion())
                .append(", consent for purposes ").append(d.purposesConsent())
                .append(", legitimate interest for purposes ").append(d.purposesLegitimateInterest())
                .append(", ").append(d.vendorConsentCount()).append(" vendor(s) with consent, ")
                .append(d.vendorLegitimateInterestCount()).append(" with legitimate interest")
                .append(d.specialFeatureOptIns().isEmpty() ? "" : ", special features " + d.specialFeatureOptIns())
                .append(", publisher country ").append(d.publisherCountry()).append(", policy version ").append(d.policyVersion())
                .toString();
    }
}
