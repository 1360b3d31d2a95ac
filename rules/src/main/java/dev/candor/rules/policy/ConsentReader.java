package dev.candor.rules.policy;

import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.ConsentModel;
import dev.candor.model.policy.ConsentModelKind;
import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the policy says consent to cookies is obtained: asked before, only necessary cookies,
 * continued use, or browser settings; the latter only where the policy offers browser settings
 * as the way to refuse and asks for no consent of its own.
 */
final class ConsentReader {
    private static final int QUOTES_KEPT = 3;

    private final Lexicon lex;
    private final NegationScope negations;
    private final ClaimLog log;
    private final Map<String, List<Pattern>> patterns;
    private final Map<ConsentModelKind, List<String>> consent = new EnumMap<>(ConsentModelKind.class);
    /** Sentences offering browser settings as the way to refuse cookies. */
    private final List<Sentence> browserRefusals = new ArrayList<>();

    ConsentReader(Lexicon lex, NegationScope negations, ClaimLog log) {
        this.lex = lex;
        this.negations = negations;
        this.log = log;
        this.patterns = lex.keyed("consent");
    }

    void read(Sentence s) {
        String t = s.text();
        // "Daher holen wir eine vorhergehende Einwilligung ein" under "Cookies": the section gives the context
        if (!NegationScope.any(lex.patterns("consentContext"), t) && !NegationScope.any(lex.patterns("consentContext"),
                SectionTopics.innermost(s.headingPath()))) {
            return;
        }
        for (ConsentModelKind k : ConsentModelKind.values()) {
            for (Pattern p : patterns.getOrDefault(k.id(), List.of())) {
                if (!RequiredLiteral.mayMatch(p, t)) {
                    continue;
                }
                Matcher m = p.matcher(t);
                if (m.find() && (selfNegating(p) || !negations.negatedAt(t, m.start()))) {
                    consent.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
                    log.claim(ClaimType.CONSENT, k.id(), s);
                    break;
                }
            }
        }
        if (negations.firstPositive(lex.patterns("browserRefusal"), t) != null) {
            browserRefusals.add(s);
        }
    }

    /** A pattern that states its own negation ("not … unless you consent") is not undone by it. */
    private static boolean selfNegating(Pattern p) {
        return p.pattern().matches("(?s).*\\b(not|nicht|ikke|without|ohne|uden|unless|kun|nur|only)\\b.*");
    }

    ConsentModel model() {
        if (!browserRefusals.isEmpty() && !consent.containsKey(ConsentModelKind.PRIOR_CONSENT)
                && !consent.containsKey(ConsentModelKind.IMPLIED_BROWSER_SETTINGS)) {
            consent.put(ConsentModelKind.IMPLIED_BROWSER_SETTINGS,
                    browserRefusals.stream().limit(QUOTES_KEPT).map(Sentence::text).toList());
            log.claim(ClaimType.CONSENT, ConsentModelKind.IMPLIED_BROWSER_SETTINGS.id(), browserRefusals.get(0));
        }
        List<ConsentModelKind> signals = new ArrayList<>(consent.keySet());
        if (signals.isEmpty()) {
            return ConsentModel.noneStated();
        }
        List<String> quotes = new ArrayList<>();
        consent.values().forEach(q -> q.stream().filter(x -> !quotes.contains(x)).forEach(quotes::add));
        return new ConsentModel(signals.get(0), signals, quotes);
    }
}
