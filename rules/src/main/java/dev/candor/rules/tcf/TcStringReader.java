package dev.candor.rules.tcf;

import com.iabtcf.decoder.TCString;
import com.iabtcf.utils.IntIterable;
import dev.candor.model.TcDecoded;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;

/**
 * Decodes TC strings. The decoder reads lazily and throws whatever a malformed bit field makes it
 * throw (index, argument, parse and unsupported-version exceptions), so every field is read here, at
 * once, under one guard: a string either decodes whole or is undecodable with the reason.
 */
public final class TcStringReader {

    /** The outcome: {@code decoded} or, when it is null, {@code problem}. */
    public record Reading(TcDecoded decoded, String problem) {}

    private TcStringReader() {}

    public static Reading read(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Reading(null, "empty");
        }
        if (raw.length() > dev.candor.model.TcString.MAX_LENGTH) {
            return new Reading(null, "longer than " + dev.candor.model.TcString.MAX_LENGTH + " characters");
        }
        // core segment first; the others (disclosed vendors, publisher purposes) follow after dots
        if (!raw.matches("[A-Za-z0-9_\\-.]+")) {
            return new Reading(null, "not base64url: a TC string holds only letters, digits, '-', '_' and '.'");
        }
        try {
            TCString tc = TCString.decode(raw);
            if (tc.getVersion() != 2) {
                return new Reading(null, "TCF version " + tc.getVersion() + "; Candor reads version 2 strings");
            }
            List<Integer> vendorConsents = new ArrayList<>();
            int vendorConsentCount = collect(tc.getVendorConsent(), vendorConsents);
            List<Integer> vendorLi = new ArrayList<>();
            int vendorLiCount = collect(tc.getVendorLegitimateInterest(), vendorLi);
            List<Integer> purposes = new ArrayList<>();
            collect(tc.getPurposesConsent(), purposes);
            List<Integer> purposesLi = new ArrayList<>();
            collect(tc.getPurposesLITransparency(), purposesLi);
            List<Integer> features = new ArrayList<>();
            collect(tc.getSpecialFeatureOptIns(), features);
            return new Reading(new TcDecoded(tc.getVersion(), tc.getCmpId(), tc.getCmpVersion(), tc.getCreated(),
                    tc.getLastUpdated(), printable(tc.getConsentLanguage()), tc.getVendorListVersion(), tc.getTcfPolicyVersion(),
                    printable(tc.getPublisherCC()), purposes, purposesLi, features, vendorConsentCount, vendorConsents, vendorLiCount,
                    vendorLi), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Reading(null, "undecodable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + oneLine(e.getMessage()) + ")"));
        }
    }

    /** Adds at most {@link TcDecoded#MAX_IDS} ids to {@code into} and returns how many there are. */
    private static int collect(IntIterable ids, List<Integer> into) {
        int count = 0;
        for (PrimitiveIterator.OfInt it = ids.toStream().iterator(); it.hasNext(); ) {
            int id = it.nextInt();
            if (into.size() < TcDecoded.MAX_IDS) {
                into.add(id);
            }
            count++;
        }
        return count;
    }

    /** Six-bit letters decode to anything from 'A' to '\u007f'; keep only letters, as the field means. */
    private static String printable(String code) {
        return code == null ? null : code.replaceAll("[^A-Za-z]", "?");
    }

    private static String oneLine(String message) {
        String m = message.replaceAll("\\s+", " ").trim();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }
}
