package dev.candor.rules.policy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a name say about it: an example ("such as X"), a denial of use after it ("X is not
 * used"), a social network only named as the place ads appear ("ads on Facebook", "Werbung auf Instagram",
 * "our Facebook ads"), a person or a place rather than an organisation.
 */
final class MentionContext {
    private final List<Pattern> example;
    private final List<Pattern> notUsed;
    private final List<Pattern> adPlaceBefore;
    private final List<Pattern> adPlaceAfter;
    private final List<Pattern> personBefore;
    private final List<Pattern> placeBefore;
    private final List<Pattern> personContext;
    private final Map<String, List<Pattern>> countries;

    MentionContext(Lexicon lex) {
        this.example = lex.patterns("exampleCue");
        this.notUsed = lex.patterns("vendorNotUsed");
        this.adPlaceBefore = lex.patterns("adPlaceBefore");
        this.adPlaceAfter = lex.patterns("adPlaceAfter");
        this.personBefore = lex.patterns("personBefore");
        this.placeBefore = lex.patterns("placeBefore");
        this.personContext = lex.patterns("personContext");
        this.countries = lex.keyed("countries");
    }

    /** "such as X", "z. B. X" in the same clause: an example, not a recipient. */
    boolean exampleBefore(String t, int at) {
        return NegationScope.any(example, clauseBefore(t, at));
    }

    /** "ads on X", "annoncer på X og Y", "our X and Y ads": the network is where ads appear, not a recipient. */
    boolean adPlace(String t, int start, int end) {
        String before = clauseBefore(t, start);
        String after = t.substring(end, Math.min(t.length(), end + 40));
        return adPlaceBefore.stream().anyMatch(p -> p.matcher(before).find())
                || adPlaceAfter.stream().anyMatch(p -> p.matcher(after).lookingAt());
    }

    /** "X is not used", "X setzen wir nicht ein", "X bruges ikke": a post-posed denial of use. */
    boolean notUsedAfter(String t, int end) {
        String rest = t.substring(end, Math.min(t.length(), end + 40));
        for (Pattern p : notUsed) {
            if (p.matcher(rest).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Frau Petra Eul-Löh", "Kontaktperson: Sebbe Selvig", "12345 Berlin", "Denmark": a person or a place, not an
     * organisation. Without a legal form, two or three plain words in a sentence about a role are taken as a person.
     */
    boolean personOrPlace(String t, int start, String name) {
        String before = t.substring(Math.max(0, start - 12), start);
        if (NegationScope.any(personBefore, before) || NegationScope.any(placeBefore, before) || isCountry(name)) {
            return true;
        }
        int words = name.split("\\s+").length;
        return !ThirdPartyNames.hasLegalForm(name) && words >= 2 && words <= 3 && NegationScope.any(personContext, t)
                && java.util.Arrays.stream(name.split("\\s+")).allMatch(w -> w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?"));
    }

    /** "Germany GmbH" cut from "salesforce.com Germany GmbH": a legal name cannot start with a country. */
    boolean placeFirst(String legalName) {
        return isCountry(legalName.strip().split("\\s+")[0]);
    }

    private boolean isCountry(String word) {
        for (List<Pattern> country : countries.values()) {
            for (Pattern p : country) {
                if (p.matcher(word).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of the clause before {@code at}, at most 60 characters back. */
    private static String clauseBefore(String t, int at) {
        int from = Math.max(0, at - 60);
        Matcher b = NegationScope.CLAUSE_BREAK.matcher(t).region(from, at);
        while (b.find()) {
            from = b.end();
        }
        return t.substring(from, at);
    }
}
