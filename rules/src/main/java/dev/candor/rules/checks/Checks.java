package dev.candor.rules.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The check of every catalogue rule, by rule id. A test keeps this and {@code catalogue.json} in step. */
public final class Checks {

    /** A rule's check: pure, reading only the facts, reporting only to the sink. */
    @FunctionalInterface
    public interface Check {
        void run(Facts facts, FindingSink sink);
    }

    private static final Map<String, Check> BY_ID = build();

    private Checks() {}

    private static Map<String, Check> build() {
        Map<String, Check> m = new LinkedHashMap<>();
        m.put("tracking-before-consent", TrackingChecks::beforeConsent);
        m.put("storage-before-consent", TrackingChecks::storageBeforeConsent);
        m.put("tracking-after-reject", TrackingChecks::afterReject);
        m.put("no-consent-mechanism", ConsentChecks::noConsentMechanism);
        m.put("no-reject-option", ConsentChecks::noRejectOption);
        m.put("reject-harder-than-accept", ConsentChecks::rejectHarderThanAccept);
        m.put("undisclosed-vendor", DisclosureChecks::undisclosedVendor);
        m.put("undisclosed-cookie", DisclosureChecks::undisclosedCookie);
        m.put("cookie-lifetime-mismatch", DisclosureChecks::cookieLifetimeMismatch);
        m.put("excessive-cookie-lifetime", CookieChecks::excessiveLifetime);
        m.put("undisclosed-transfer", DisclosureChecks::undisclosedTransfer);
        m.put("policy-claim-contradicted", PolicyChecks::claimContradicted);
        m.put("policy-missing-information", PolicyChecks::missingInformation);
        m.put("policy-not-found", PolicyChecks::notFound);
        m.put("policy-not-analysed", PolicyChecks::notAnalysed);
        m.put("insecure-cookie", CookieChecks::insecureCookie);
        m.put("implied-consent-claimed", PolicyChecks::impliedConsent);
        m.put("consent-not-tested", ConsentChecks::consentNotTested);
        m.put("reject-less-prominent", BannerChecks::rejectLessProminent);
        m.put("colour-nudging", BannerChecks::colourNudging);
        m.put("ambiguous-consent-wording", BannerChecks::ambiguousWording);
        m.put("banner-information-missing", BannerChecks::informationMissing);
        m.put("pre-ticked-consent", BannerChecks::preTicked);
        m.put("legitimate-interest-preset", BannerChecks::legitimateInterestPreset);
        m.put("no-withdrawal-option", BannerChecks::noWithdrawalOption);
        m.put("audit-incomplete", AuditChecks::incomplete);
        m.put("tcf-consent-before-choice", TcfChecks::consentBeforeChoice);
        m.put("tcf-consent-after-reject", TcfChecks::consentAfterReject);
        m.put("tcf-legitimate-interest-for-personalisation", TcfChecks::legitimateInterestForPersonalisation);
        m.put("gpc-ignored", GpcChecks::ignored);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Every bound check, by rule id. */
    public static Map<String, Check> all() {
        return BY_ID;
    }
}
