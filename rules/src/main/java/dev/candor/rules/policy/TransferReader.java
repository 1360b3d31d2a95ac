package dev.candor.rules.policy;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.Denial;
import dev.candor.model.policy.PolicyDocument.Sentence;
import dev.candor.model.policy.Safeguard;
import dev.candor.model.policy.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transfers to third countries: the countries named, the safeguard in the sentence or near it in
 * the same section, and "we do not transfer data outside the EEA" as a denial.
 */
final class TransferReader {
    /** How many sentences before and after a transfer may name its safeguard. */
    private static final int SAFEGUARD_BEFORE = 3;
    private static final int SAFEGUARD_AFTER = 4;
    /** "z. B.", "e.g.", "f.eks.", "bspw.": example markers that sentence splitting keeps inside the sentence. */
    private static final Pattern EXAMPLE_ABBREVIATION = Pattern.compile("\\b(?:z\\.\\s?B|e\\.\\s?g|f\\.\\s?eks|bspw|p\\.\\s?ex|bijv|p\\.\\s?ej|ad es)\\.",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<Sentence> sentences;
    private final Lexicon lex;
    private final NegationScope negations;
    private final ClaimLog log;
    private final Map<String, List<Pattern>> countries;
    private final Map<String, List<Pattern>> safeguards;
    private final List<Transfer> transfers = new ArrayList<>();
    private boolean noTransfer;
    /** "Our servers are in the EU", "hébergées en France": where the data stays, said without a transfer cue. */
    private boolean located;
    /** How many transfers are only hypothetical, to no named country; whether a concrete one names a safeguard. */
    private int hypotheticalOnly;
    private boolean concreteSafeguarded;
    /** The section whose transfer statement opened with "if" / "sofern", or null. */
    private String hypotheticalSection;

    TransferReader(List<Sentence> sentences, Lexicon lex, NegationScope negations, ClaimLog log) {
        this.sentences = sentences;
        this.lex = lex;
        this.negations = negations;
        this.log = log;
        this.countries = lex.keyed("countries");
        this.safeguards = lex.keyed("safeguards");
    }

    void read(Sentence s, int index) {
        String t = s.text();
        // a heading ("Transfers to third countries") announces a topic; what follows says whether data goes there
        Matcher cue = s.heading() ? null : NegationScope.first(lex.patterns("transfer"), t);
        if (cue == null) {
            if (!s.heading() && negations.firstPositive(lex.patterns("dataLocation"), t) != null) {
                located = true;
                log.claim(ClaimType.TRANSFER, "kept in " + NegationScope.first(lex.patterns("dataLocation"), t).group(), s);
                log.evidence(Art13Element.TRANSFERS, s);
            }
            return;
        }
        // "If we transfer data to a third country, we do so e.g. on SCCs": a hypothesis with example grounds; the
        // section it opens stays hypothetical
        if (NegationScope.any(lex.patterns("conditional"), t.strip())) {
            hypotheticalSection = s.headingPath();
        }
        boolean hypothetical = s.headingPath().equals(hypotheticalSection);
        // "in Drittländer findet nicht statt": German and Dutch deny after the cue
        boolean negated = negations.negatedAt(t, cue.start()) || negations.negatedAfterUnconditionally(t, cue.end());
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, List<Pattern>> c : countries.entrySet()) {
            if (NegationScope.any(c.getValue(), t)) {
                named.add(c.getKey());
            }
        }
        if (named.isEmpty()) {
            named.add(cue.group());
        }
        Safeguard sg = safeguard(t, hypothetical);
        // The safeguard is often the next sentence or elsewhere in the same section.
        for (int j = Math.max(0, index - SAFEGUARD_BEFORE); j < Math.min(sentences.size(), index + SAFEGUARD_AFTER)
                && sg == Safeguard.NONE_NAMED; j++) {
            if (sentences.get(j).headingPath().equals(s.headingPath())) {
                sg = safeguard(sentences.get(j).text(), hypothetical);
            }
        }
        if (negated) {
            noTransfer = true;
            log.deny(Denial.Kind.TRANSFER, "outside-eea", null, s);
        } else {
            transfers.add(new Transfer(named, sg, t));
            // "If we transfer data to a third country, we use SCCs": a ground for a transfer the policy never says
            // takes place, to no country it names, is no information about actual transfers
            if (hypothetical && named.size() == 1 && named.get(0).equals(cue.group())) {
                hypotheticalOnly++;
            } else if (sg != Safeguard.NONE_NAMED && sg != Safeguard.PRIVACY_SHIELD) {
                concreteSafeguarded = true;
            }
        }
        log.claim(negated ? ClaimType.NEGATED : ClaimType.TRANSFER, (negated ? "no transfer " : "")
                + String.join(", ", named) + " / " + sg.id(), s);
        log.evidence(Art13Element.TRANSFERS, s);
    }

    /**
     * The mechanism a sentence names. For a hypothetical transfer, a mechanism given only as an example ("z. B.
     * auf Grundlage von Standardvertragsklauseln") is no mechanism: nothing says data goes anywhere on it.
     */
    private Safeguard safeguard(String t, boolean hypothetical) {
        // a valid ground named beside the invalidated Privacy Shield ("SCCs or Privacy Shield") is the ground
        for (Safeguard sg : List.of(Safeguard.DPF, Safeguard.SCC, Safeguard.ADEQUACY, Safeguard.PRIVACY_SHIELD)) {
            Matcher m = NegationScope.first(safeguards.getOrDefault(sg.id(), List.of()), t);
            if (m != null && !(hypothetical && exampleBefore(t, m.start()))) {
                return sg;
            }
        }
        return Safeguard.NONE_NAMED;
    }

    private boolean exampleBefore(String t, int at) {
        String before = t.substring(0, at);
        return NegationScope.any(lex.patterns("exampleCue"), before) || EXAMPLE_ABBREVIATION.matcher(before).find();
    }

    List<Transfer> transfers() {
        return transfers;
    }

    Art13Status status() {
        boolean safeguarded = concreteSafeguarded;
        boolean invalidOnly = transfers.stream().anyMatch(t -> t.safeguard() == Safeguard.PRIVACY_SHIELD);
        // "We do not transfer data outside the EEA" is complete information too; the Privacy Shield alone is a
        // mechanism named but no longer a lawful one; "we keep data in the EU; should we ever transfer it, SCCs" is
        // complete, the same hypothesis alone says nothing about what happens
        boolean hypothesesOnly = hypotheticalOnly == transfers.size();
        return safeguarded ? Art13Status.PRESENT : invalidOnly ? Art13Status.PARTIAL
                : hypothesesOnly && (noTransfer || located) ? Art13Status.PRESENT
                : !transfers.isEmpty() ? Art13Status.VAGUE : Art13Status.MISSING;
    }
}
