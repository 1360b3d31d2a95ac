package dev.candor.rules.policy;

import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.CookieCategory;
import dev.candor.model.policy.Denial;
import dev.candor.model.policy.PolicyDocument.Sentence;
import dev.candor.model.policy.Technology;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cookie categories a policy declares and the tracking technologies it names: a category by its
 * name ("statistics cookies", "Reichweitenmessung"), or by a purpose that only one category serves
 * ("remember you have logged in" is necessary) when the sentence or its section is about cookies;
 * "no marketing cookies" denies a category, not cookies as such.
 */
final class CookieCategoryReader {
    private final NegationScope negations;
    private final ClaimLog log;
    private final Map<String, List<Pattern>> names;
    private final Map<String, List<Pattern>> purposes;
    private final Map<String, List<Pattern>> technologyNames;
    private final List<Pattern> cookieContext;
    private final Set<CookieCategory> categories = EnumSet.noneOf(CookieCategory.class);
    private final Set<Technology> technologies = EnumSet.noneOf(Technology.class);

    CookieCategoryReader(Lexicon lex, NegationScope negations, ClaimLog log) {
        this.negations = negations;
        this.log = log;
        this.names = lex.keyed("categories");
        this.purposes = lex.keyed("categoryPurposes");
        this.technologyNames = lex.keyed("technologies");
        this.cookieContext = technologyNames.getOrDefault("cookies", List.of());
    }

    /** Reads {@code text} (the sentence's, or a cookie table row's category as "X cookies") for {@code s}. */
    void read(String text, Sentence s) {
        boolean categoryNamed = false;
        // the section is about cookies when its own heading is, not a title over the whole document ("Privacy and cookies")
        String path = s.headingPath();
        boolean aboutCookies = NegationScope.any(cookieContext, text)
                || path.contains(" > ") && NegationScope.any(cookieContext, SectionTopics.innermost(path));
        for (Map.Entry<String, List<Pattern>> e : names.entrySet()) {
            Matcher m = NegationScope.first(e.getValue(), text);
            if (m == null && aboutCookies && !s.heading()) {
                m = NegationScope.first(purposes.getOrDefault(e.getKey(), List.of()), text);
            }
            if (m == null) {
                continue;
            }
            categoryNamed = true;
            CookieCategory c = CookieCategory.valueOf(e.getKey().toUpperCase(Locale.ROOT));
            if (negations.denied(text, m.start(), m.end()) || negations.negatedAfterUnconditionally(text, m.end())) {
                log.deny(Denial.Kind.COOKIE_CATEGORY, c.id(), "category:" + c.id(), s);
            } else if (categories.add(c)) {
                log.claim(ClaimType.COOKIE_CATEGORY, c.id(), s);
            }
        }
        for (Map.Entry<String, List<Pattern>> e : technologyNames.entrySet()) {
            Matcher m = negations.firstPositive(e.getValue(), text);
            Technology tech = technology(e.getKey());
            if (m != null && technologies.add(tech)) {
                log.claim(ClaimType.TECHNOLOGY, tech.id(), s);
            } else if (m == null && !categoryNamed && NegationScope.first(e.getValue(), text) != null) {
                // "no marketing cookies" denies a category, not cookies as such
                log.deny(Denial.Kind.TECHNOLOGY, tech.id(), "technology:" + tech.id(), s);
            }
        }
    }

    /** A cookie listed by name declares cookies as a technology. */
    void cookiesDeclared() {
        technologies.add(Technology.COOKIES);
    }

    List<CookieCategory> categories() {
        return List.copyOf(categories);
    }

    List<Technology> technologies() {
        return List.copyOf(technologies);
    }

    private static Technology technology(String id) {
        for (Technology t : Technology.values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
