package dev.candor.model;

import java.time.Instant;
import java.util.List;

/**
 * What a TC string (TCF v2 core segment) records. Ids are those of the IAB Global Vendor List and the
 * TCF purposes (1 store or access information on a device ... 11 use limited data to select content).
 *
 * @param version the TC string format version (2)
 * @param cmpId the consent manager's id registered with IAB Europe
 * @param cmpVersion the consent manager's own version number
 * @param created when the string was first created (TCF rounds to the day)
 * @param lastUpdated when it was last changed
 * @param consentLanguage the language of the banner (two letters)
 * @param vendorListVersion the vendor list version the choices refer to
 * @param policyVersion the TCF policy version (4 is TCF v2.2)
 * @param publisherCountry the publisher's country code
 * @param purposesConsent purposes the visitor consented to
 * @param purposesLegitimateInterest purposes for which legitimate interest was made transparent (and not objected to)
 * @param specialFeatureOptIns special features opted in (1 precise geolocation, 2 device scanning)
 * @param vendorConsentCount how many vendors have consent
 * @param vendorConsents their ids, at most {@link #MAX_IDS}
 * @param vendorLegitimateInterestCount how many vendors may rely on legitimate interest
 * @param vendorLegitimateInterests their ids, at most {@link #MAX_IDS}
 */
public record TcDecoded(
        int version,
        int cmpId,
        int cmpVersion,
        Instant created,
        Instant lastUpdated,
        String consentLanguage,
        int vendorListVersion,
        int policyVersion,
        String publisherCountry,
        List<Integer> purposesConsent,
        List<Integer> purposesLegitimateInterest,
        List<Integer> specialFeatureOptIns,
        int vendorConsentCount,
        List<Integer> vendorConsents,
        int vendorLegitimateInterestCount,
        List<Integer> vendorLegitimateInterests) {

    /** Vendor ids kept per list; the counts are always complete. */
    public static final int MAX_IDS = 5_000;

    public TcDecoded {
        purposesConsent = List.copyOf(purposesConsent);
        purposesLegitimateInterest = List.copyOf(purposesLegitimateInterest);
        specialFeatureOptIns = List.copyOf(specialFeatureOptIns);
        vendorConsents = List.copyOf(vendorConsents);
        vendorLegitimateInterests = List.copyOf(vendorLegitimateInterests);
    }

    /** Whether it records any consent at all: a purpose, a vendor or a special feature. */
    public boolean anyConsent() {
        return !purposesConsent.isEmpty() || vendorConsentCount > 0 || !specialFeatureOptIns.isEmpty();
    }
}
