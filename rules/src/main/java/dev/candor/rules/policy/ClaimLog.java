package dev.candor.rules.policy;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Claim;
import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.Denial;
import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the readers of one document have found so far, each with its sentence: claims, the
 * sentences that evidence an Art. 13 element, and denials. Shared by {@link ClaimExtractor} and
 * the readers it delegates to, so the claim list stays the whole reading in text order.
 */
final class ClaimLog {
    /** How many sentences the analysis keeps as evidence per element. */
    private static final int EVIDENCE_KEPT = 6;

    private final Lexicon lex;
    private final List<Claim> claims = new ArrayList<>();
    private final Map<Art13Element, Set<String>> evidence = new EnumMap<>(Art13Element.class);
    private final List<Denial> denials = new ArrayList<>();

    ClaimLog(Lexicon lex) {
        this.lex = lex;
    }

    void claim(ClaimType type, String value, Sentence s) {
        claims.add(new Claim(type, value, s.text(), s.headingPath(), s.offset()));
    }

    void evidence(Art13Element e, Sentence s) {
        evidence.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(s.text());
    }

    /** A typed denial, also kept as a negated claim (unless the caller records its own). */
    void deny(Denial.Kind kind, String subject, String claimValue, Sentence s) {
        // "If you click Reject all, no statistics tools run" denies nothing outright: it is a promise
        // about one path, kept as a negated claim but never held against every phase
        if (!NegationScope.any(lex.patterns("conditional"), s.text().strip())) {
            denials.add(new Denial(kind, subject, s.text(), s.headingPath(), s.offset()));
        }
        if (claimValue != null) {
            claim(ClaimType.NEGATED, claimValue, s);
        }
    }

    /** Drops the claims of a type whose value is in {@code values} (vendors found to be the site itself). */
    void removeClaims(ClaimType type, Set<String> values) {
        claims.removeIf(c -> c.type() == type && values.contains(c.value()));
    }

    List<Claim> claims() {
        return claims;
    }

    List<Denial> denials() {
        return denials;
    }

    Map<Art13Element, List<String>> evidence() {
        Map<Art13Element, List<String>> out = new LinkedHashMap<>();
        evidence.forEach((k, v) -> out.put(k, v.stream().limit(EVIDENCE_KEPT).toList()));
        return out;
    }
}
