package dev.candor.rules.policy;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.Denial;
import dev.candor.model.policy.PolicyDocument.Sentence;
import dev.candor.model.policy.PolicyDocument.Table;
import dev.candor.model.policy.VendorMention;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The third parties a policy names, one mention each, as {@link VendorFinder} finds them in sentences
 * and tables; minus what is only a link ("Links to other websites: … Google Maps"), and, once the
 * controller is known, minus the site's own organisation and the company behind a product already named.
 */
final class VendorMentions {
    private final VendorFinder finder;
    private final Lexicon lex;
    private final SectionTopics topics;
    private final ClaimLog log;
    private final Map<String, VendorMention> mentions = new LinkedHashMap<>();
    /** The unknown third parties already mentioned, in lower case. */
    private final Set<String> unknownKeys = new HashSet<>();

    VendorMentions(VendorFinder finder, Lexicon lex, SectionTopics topics, ClaimLog log) {
        this.finder = finder;
        this.lex = lex;
        this.topics = topics;
        this.log = log;
    }

    void read(Sentence s) {
        // a site the policy only links to receives nothing from it
        boolean link = topics.is(s.headingPath(), SectionTopics.LINKS) || NegationScope.any(lex.patterns("linkCue"), s.text());
        for (VendorFinder.Found f : finder.find(s)) {
            if (f.denied()) {
                log.deny(Denial.Kind.VENDOR, f.name(), "vendor:" + f.name(), s);
            } else if (!link) {
                mention(f, s);
            }
        }
    }

    void table(Table t) {
        Sentence at = new Sentence(String.join(" | ", t.header()), t.offset(), t.headingPath(), false);
        finder.tableNames(t).forEach(f -> mention(f, at));
    }

    private void mention(VendorFinder.Found f, Sentence s) {
        // "ChargeBee Inc" and "Chargebee Inc", "Fastmail Pty Ltd" and "Fastmail": one third party however the policy
        // capitalises it, with or without its legal form
        String key = f.known() ? f.name() : ThirdPartyNames.withoutLegalForm(f.name()).toLowerCase(Locale.ROOT);
        if (!f.known() && !unknownKeys.add(key)) {
            return;
        }
        if (!mentions.containsKey(f.name())) {
            mentions.put(f.name(), new VendorMention(f.name(), s.text(), f.vendorId(), f.entity(), f.known(),
                    s.headingPath(), s.offset(), f.written()));
            log.claim(ClaimType.VENDOR, f.name(), s);
            log.evidence(Art13Element.RECIPIENTS, s);
        }
    }

    /**
     * Drops the site's own organisation (only a designated controller: an organisation merely mentioned in the
     * opening may be the vendor itself), an unknown name in the policy's title (the site's own product), and
     * "Microsoft" beside "Microsoft Clarity", with their claims.
     */
    void dropOwn(String controllerName, boolean designated, String title) {
        Set<String> own = new HashSet<>();
        String ownName = controllerName == null ? null : controllerName.toLowerCase(Locale.ROOT);
        mentions.values().removeIf(v -> !v.known() && ownName != null && designated
                && (ownName.contains(v.name().toLowerCase(Locale.ROOT)) || v.name().toLowerCase(Locale.ROOT).contains(ownName))
                && own.add(v.name()));
        // "Privacy policy for Tallywise": the product the policy is about is the site's own
        String ownTitle = title == null ? "" : " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d&.+-]+", " ") + " ";
        mentions.values().removeIf(v -> !v.known() && ownTitle.contains(" " + ThirdPartyNames.withoutLegalForm(v.name())
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d&.+-]+", " ").strip() + " ") && own.add(v.name()));
        List<String> knownNames = mentions.values().stream().filter(VendorMention::known)
                .flatMap(v -> Stream.of(v.name(), v.written())).filter(Objects::nonNull)
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
        mentions.values().removeIf(v -> !v.known() && knownNames.stream()
                .anyMatch(k -> k.startsWith(v.name().toLowerCase(Locale.ROOT) + " ")) && own.add(v.name()));
        log.removeClaims(ClaimType.VENDOR, own);
    }

    boolean isEmpty() {
        return mentions.isEmpty();
    }

    List<VendorMention> list() {
        return List.copyOf(mentions.values());
    }
}
