package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a privacy policy says, read statically.
 *
 * @param source           where the policy came from (file path or URL)
 * @param language         ISO 639-1 code of the detected language, or null when not recognised
 * @param lastUpdated      the "last updated" date as ISO {@code yyyy-MM-dd} (or {@code yyyy-MM}
 *                         when only a month is given), or null
 * @param controller       the controller's identity and contact details
 * @param dpo              the data protection officer's contact, or null when none is named
 * @param art13            completeness status for every Art. 13 element (all ten keys present)
 * @param art13Evidence    the quotes behind each status (empty list when missing)
 * @param vendors          vendors named, by canonical name
 * @param rights           data-subject rights named
 * @param cookieCategories cookie categories the policy declares it uses
 * @param technologies     technologies the policy declares it uses
 * @param declaredCookies  cookies listed in cookie tables
 * @param retention        storage periods stated
 * @param transfers        statements about third-country transfers
 * @param consentModel     how consent to cookies is said to be obtained
 * @param denials          what the policy says is not done, typed, for rules to hold against the record
 * @param claims           every claim found, in document order
 * @param problems         one line per thing that could not be read, each naming the fix
 * @param status           whether the policy could be read at all
 */
@JsonPropertyOrder({"source", "language", "lastUpdated", "controller", "dpo", "art13", "art13Evidence",
    "vendors", "rights", "cookieCategories", "technologies", "declaredCookies", "retention", "transfers",
    "consentModel", "denials", "claims", "problems", "status"})
public record PolicyAnalysis(
        String source,
        String language,
        String lastUpdated,
        Controller controller,
        Contact dpo,
        Map<Art13Element, Art13Status> art13,
        Map<Art13Element, List<String>> art13Evidence,
        List<VendorMention> vendors,
        List<DataSubjectRight> rights,
        List<CookieCategory> cookieCategories,
        List<Technology> technologies,
        List<DeclaredCookie> declaredCookies,
        List<RetentionPeriod> retention,
        List<Transfer> transfers,
        ConsentModel consentModel,
        List<Denial> denials,
        List<Claim> claims,
        List<String> problems,
        ReadStatus status) {

    public PolicyAnalysis {
        controller = controller == null ? Controller.unknown() : controller;
        art13 = orderedCopy(art13);
        Map<Art13Element, List<String>> evidence = new EnumMap<>(Art13Element.class);
        art13Evidence.forEach((k, v) -> evidence.put(k, List.copyOf(v)));
        art13Evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        vendors = List.copyOf(vendors);
        rights = List.copyOf(rights);
        cookieCategories = List.copyOf(cookieCategories);
        technologies = List.copyOf(technologies);
        declaredCookies = List.copyOf(declaredCookies);
        retention = List.copyOf(retention);
        transfers = List.copyOf(transfers);
        consentModel = consentModel == null ? ConsentModel.noneStated() : consentModel;
        denials = denials == null ? List.of() : List.copyOf(denials);
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
    }

    /**
     * An analysis of a policy that could not be read: every Art. 13 element missing.
     *
     * @param source   where the policy came from
     * @param language detected language, or null
     * @param status   why nothing was read
     * @param problem  one line naming the problem and the fix
     */
    public static PolicyAnalysis notRead(String source, String language, ReadStatus status, String problem) {
        Map<Art13Element, Art13Status> art13 = new EnumMap<>(Art13Element.class);
        for (Art13Element e : Art13Element.values()) {
            art13.put(e, Art13Status.MISSING);
        }
        return new PolicyAnalysis(source, language, null, Controller.unknown(), null, art13, Map.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                ConsentModel.noneStated(), List.of(), List.of(), List.of(problem), status);
    }

    private static Map<Art13Element, Art13Status> orderedCopy(Map<Art13Element, Art13Status> in) {
        Map<Art13Element, Art13Status> out = new LinkedHashMap<>();
        for (Art13Element e : Art13Element.values()) {
            out.put(e, in.getOrDefault(e, Art13Status.MISSING));
        }
        return Collections.unmodifiableMap(out);
    }
}
