package dev.candor.rules.policy;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal bases a policy states: by article (Art. 6(1)(f), "art. 6, stk. 1, litra b", "article
 * 6-e"), by a labelled term ("Legal basis: consent"), or in words only ("our legitimate interest",
 * "auf Grundlage Ihrer Einwilligung", "intérêt légitime"). Articles or two kinds worded make the
 * element present; one kind worded, partial; "in accordance with the law", vague.
 */
final class LegalBasisReader {
    /** Shorter than this, a sentence naming a basis is a list item ("Comply with a legal obligation"). */
    private static final int MIN_WORDS = 6;

    private final Lexicon lex;
    private final NegationScope negations;
    private final ClaimLog log;
    private final Map<String, List<Pattern>> wordings;
    private boolean stated;
    private boolean worded;
    private boolean vague;
    /** The kinds worded outside the rights section ("a", "f"): two or more cover more than one purpose. */
    private final Set<String> kinds = new TreeSet<>();

    LegalBasisReader(Lexicon lex, NegationScope negations, ClaimLog log) {
        this.lex = lex;
        this.negations = negations;
        this.log = log;
        this.wordings = lex.keyed("basisWording");
    }

    void read(Sentence s) {
        String t = s.text();
        Set<String> letters = new TreeSet<>();
        for (Pattern p : lex.patterns("art6")) {
            if (!RequiredLiteral.mayMatch(p, t)) {
                continue;
            }
            Matcher m = p.matcher(t);
            while (m.find()) {
                letters.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        boolean conditional = NegationScope.any(lex.patterns("conditional"), t);
        boolean label = NegationScope.any(lex.patterns("legalBasisLabel"), t);
        if (label && !conditional && NegationScope.any(lex.patterns("basisTerms"), t)) {
            letters.add("stated");
        }
        if (!letters.isEmpty()) {
            stated = true;
            for (String l : letters) {
                log.claim(ClaimType.LEGAL_BASIS, l.equals("stated") ? "stated" : "art-6-1-" + l, s);
            }
            log.evidence(Art13Element.LEGAL_BASIS, s);
            return;
        }
        boolean weak = false;
        List<Pattern> rightsContext = lex.patterns("rightsContext");
        for (Map.Entry<String, List<Pattern>> e : wordings.entrySet()) {
            if (negations.firstPositive(e.getValue(), t) != null) {
                worded = weak = true;
                // "you may object to processing based on legitimate interests" names a basis, not ours;
                // "we may share data with your consent" a reason to disclose; a list item a purpose
                if (!NegationScope.any(rightsContext, t) && !NegationScope.any(rightsContext, s.headingPath())
                        && !NegationScope.any(lex.patterns("recipientContext"), t) && t.split("\\s+").length >= MIN_WORDS) {
                    kinds.add(e.getKey());
                }
                log.claim(ClaimType.LEGAL_BASIS, "wording-" + e.getKey(), s);
                log.evidence(Art13Element.LEGAL_BASIS, s);
            }
        }
        if (!weak && negations.firstPositive(lex.patterns("basisVague"), t) != null) {
            vague = true;
            log.claim(ClaimType.LEGAL_BASIS, "vague: the law", s);
            log.evidence(Art13Element.LEGAL_BASIS, s);
        }
    }

    Art13Status status() {
        return stated || kinds.size() >= 2 ? Art13Status.PRESENT
                : worded ? Art13Status.PARTIAL : vague ? Art13Status.VAGUE : Art13Status.MISSING;
    }
}
