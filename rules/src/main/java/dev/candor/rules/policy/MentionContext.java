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
    /** What joins two items of one list: a comma, a slash or a conjunction in any supported language. */
    static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:[,/&]|,?\\s*(?:and|or|und|oder|og|eller|et|ou|en|of|y|o|e|ed))"
            + "?\\s*(?:(?:the|die|der|das|le|la|les|de|het|el|il|lo)\\s+)?", Lexicon.FLAGS);
    /** A capitalised word and a comma right before a name: the name is not the first of its list. */
    private static final Pattern NAME_BEFORE = Pattern.compile("[(\\s]\\p{Lu}[\\p{L}\\d.]*\\s*,\\s*$");
    /** What may stand between an example cue and the name: a comma and spaces. */
    private static final Pattern CUE_COMMA = Pattern.compile("\\s*,\\s*");
    private final List<Pattern> example;
    private final List<Pattern> notUsed;
    private final List<Pattern> exampleAfter;
    private final List<Pattern> adPlaceBefore;
    private final List<Pattern> adPlaceAfter;
    private final List<Pattern> personBefore;
    private final List<Pattern> placeBefore;
    private final List<Pattern> personContext;
    private final Map<String, List<Pattern>> countries;

    MentionContext(Lexicon lex) {
        this.example = lex.patterns("exampleCue");
        this.notUsed = lex.patterns("vendorNotUsed");
        this.exampleAfter = lex.patterns("exampleAfter");
        this.adPlaceBefore = lex.patterns("adPlaceBefore");
        this.adPlaceAfter = lex.patterns("adPlaceAfter");
        this.personBefore = lex.patterns("personBefore");
        this.placeBefore = lex.patterns("placeBefore");
        this.personContext = lex.patterns("personContext");
        this.countries = lex.keyed("countries");
    }

    /** "such as X", "z. B. X" in the same clause: an example, not a recipient. */
    boolean exampleBefore(String t, int at) {
        return NegationScope.any(example, clauseBefore(t, at)) || cueThenComma(t.substring(Math.max(0, at - 30), at));
    }

    /** "(e.g., X": the comma after the cue is no clause break. */
    private boolean cueThenComma(String before) {
        for (Pattern p : example) {
            Matcher m = p.matcher(before);
            while (m.find()) {
                if (CUE_COMMA.matcher(before.substring(m.end())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "(Google, Facebook, etc.)", "X, Y und anderen sozialen Netzwerken": what closes a list of examples. */
    boolean exampleAfter(String t, int end) {
        String rest = t.substring(end, Math.min(t.length(), end + 60));
        return exampleAfter.stream().anyMatch(p -> p.matcher(rest).lookingAt());
    }

    /**
     * The known names in lists of two or more that "etc." or "and other networks" closes: examples of a kind, as
     * after "such as". Read from the end, as the cue follows the list.
     */
    boolean[] closedAsExamples(String t, List<VendorTable.Hit> hits) {
        int[] left = new int[hits.size()]; // names from here to the cue that closes the run, 0 outside one
        for (int i = hits.size() - 1; i >= 0; i--) {
            int end = hits.get(i).start() + hits.get(i).alias().length();
            boolean joined = i + 1 < hits.size() && left[i + 1] > 0
                    && LIST_JOIN.matcher(t.substring(end, hits.get(i + 1).start())).matches();
            left[i] = joined ? left[i + 1] + 1 : exampleAfter(t, end) ? 1 : 0;
        }
        boolean[] out = new boolean[hits.size()];
        for (int i = 0; i < hits.size(); i++) {
            boolean runStart = left[i] > 0 && (i == 0 || left[i - 1] != left[i] + 1);
            // a single name before "etc." is no list, unless another word named before it is ("Google, Facebook, etc.")
            boolean list = left[i] >= 2 || NAME_BEFORE.matcher(t.substring(Math.max(0, hits.get(i).start() - 40),
                    hits.get(i).start())).find();
            for (int k = i; runStart && list && k < i + left[i]; k++) {
                out[k] = true;
            }
        }
        return out;
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
