package dev.candor.model.finding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.candor.model.Phase;
import java.time.Instant;

/**
 * One piece of evidence behind a finding, typed so that a report can show it and a reader can
 * find it again in {@code record.json} or {@code policy.json}. Times are milliseconds from the
 * start of the page visit ({@code atMs}) and from the phase's consent action ({@code sinceConsentMs},
 * null before it); {@code visit} indexes the phase's pages.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Evidence.CookieSeen.class, name = "cookie"),
    @JsonSubTypes.Type(value = Evidence.RequestSeen.class, name = "request"),
    @JsonSubTypes.Type(value = Evidence.StorageSeen.class, name = "storage"),
    @JsonSubTypes.Type(value = Evidence.ConsentSeen.class, name = "consent"),
    @JsonSubTypes.Type(value = Evidence.PolicyQuote.class, name = "policy-quote"),
    @JsonSubTypes.Type(value = Evidence.MissingElement.class, name = "missing-element"),
    @JsonSubTypes.Type(value = Evidence.PolicyState.class, name = "policy-state"),
    @JsonSubTypes.Type(value = Evidence.AuditState.class, name = "audit-state"),
    @JsonSubTypes.Type(value = Evidence.SourceSeen.class, name = "source"),
    @JsonSubTypes.Type(value = Evidence.TcfSeen.class, name = "tcf"),
    @JsonSubTypes.Type(value = Evidence.BannerSeen.class, name = "banner"),
    @JsonSubTypes.Type(value = Evidence.WithdrawalSeen.class, name = "withdrawal")
})
public sealed interface Evidence {

    /**
     * A cookie stored (or asked for) in one phase.
     *
     * @param requestedLifetimeSeconds the lifetime the site asked for; null for a session cookie
     * @param setterUrl the response or script that set it, when known
     * @param attribution the vendor and category, when the knowledge base knows it
     */
    record CookieSeen(Phase phase, String page, int visit, String name, String domain, String path,
            Long requestedLifetimeSeconds, Instant expires, boolean secure, boolean httpOnly, boolean firstParty,
            String setBy, String setterUrl, Long atMs, Long sinceConsentMs, Attribution attribution) implements Evidence {}

    /**
     * A request one page made.
     *
     * @param beaconKind {@code sendBeacon}, {@code ping} or {@code pixel}, or null when not a beacon
     */
    record RequestSeen(Phase phase, String page, int visit, String url, String host, String resourceType, String beaconKind,
            String initiator, long atMs, Long sinceConsentMs, Attribution attribution) implements Evidence {}

    /** A storage key (or IndexedDB database) written in one phase. */
    record StorageSeen(Phase phase, String page, int visit, String kind, String origin, String key, String writerUrl,
            Long atMs, Long sinceConsentMs, Attribution attribution) implements Evidence {}

    /**
     * What happened with the banner in one phase.
     *
     * @param failure why the action was not done ({@code no-banner}, {@code no-control}, ...), or null
     */
    record ConsentSeen(Phase phase, String action, boolean bannerSeen, boolean bannerDetected, boolean done, int clicks,
            Boolean onFirstLayer, String cmp, String method, String failure, String detail, String screenshot)
            implements Evidence {}

    /**
     * A sentence of the policy, exactly as in {@code policy.json}.
     *
     * @param offset the char offset of the sentence in the policy document's text
     * @param claim what Candor read in it ({@code denial: marketing cookies}, {@code declared cookie _ga: 13 months})
     */
    record PolicyQuote(String sentence, String section, int offset, String claim) implements Evidence {}

    /**
     * An item of information GDPR Art. 13 requires that the policy does not give.
     *
     * @param element the Art. 13 element id ({@code retention}, {@code complaint-authority}, ...)
     * @param provision where the law asks for it ({@code GDPR Art. 13(2)(a)})
     */
    record MissingElement(String element, String provision, String status) implements Evidence {}

    /**
     * A TC string (IAB TCF v2) read in one phase, with what it records.
     *
     * @param source {@code cookie} ({@code euconsent-v2}) or {@code api} ({@code __tcfapi('getTCData')})
     * @param tcString the raw string, or null when values were redacted
     * @param cmpId the consent manager's IAB id, or null when undecodable
     * @param vendorConsents how many vendors it gives consent to
     * @param vendorLegitimateInterests how many vendors it lets rely on legitimate interest
     * @param undecodable why the string could not be read, or null
     */
    record TcfSeen(Phase phase, String page, int visit, String source, String tcString, Integer cmpId,
            java.util.List<Integer> purposesConsent, java.util.List<Integer> purposesLegitimateInterest, int vendorConsents,
            int vendorLegitimateInterests, String undecodable, long atMs, Long sinceConsentMs) implements Evidence {}

    /** Whether and where a policy was found and read. */
    record PolicyState(String source, String status, String problem) implements Evidence {}

    /**
     * A tag found in a source file by the static scan, before the site is deployed.
     *
     * @param file the file, relative to the project (forward slashes)
     * @param line the line the tag starts on, from 1
     * @param column the column the tag starts at, from 1
     * @param element the tag's name ({@code script}, {@code iframe}, {@code img}, {@code link})
     * @param signature what gave it away ({@code domain googletagmanager.com}, {@code snippet fbq(})
     * @param url the URL it loads, or null for an inline snippet
     * @param snippet the start of the tag as written (shortened)
     * @param gated whether a consent manager holds it back until consent
     * @param gatedBy how it is held back ({@code type="text/plain" data-category}), or null
     * @param attribution the vendor and category, when the knowledge base knows it
     */
    record SourceSeen(String file, int line, int column, String element, String signature, String url, String snippet,
            boolean gated, String gatedBy, Attribution attribution) implements Evidence {}

    /**
     * The banner as measured in one phase before any click: texts, boxes, computed styles, toggles
     * and the screenshot the boxes belong to.
     *
     * @param marked the roles of the controls the finding is about ({@code accept}, {@code reject}),
     *     or {@code toggle} for the settings layer's toggles; a report draws their boxes
     */
    record BannerSeen(Phase phase, dev.candor.model.BannerDesign design, java.util.List<String> marked) implements Evidence {
        public BannerSeen {
            marked = marked == null ? java.util.List.of() : java.util.List.copyOf(marked);
        }
    }

    /** Whether a later page of the after-accept phase offered a way to reopen the consent choice. */
    record WithdrawalSeen(Phase phase, dev.candor.model.WithdrawalOption withdrawal) implements Evidence {}

    /** Whether the audit ran to its end. */
    record AuditState(boolean complete, String reason, int phases, int pagesPlanned) implements Evidence {}
}
