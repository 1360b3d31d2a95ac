package dev.candor.rules.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a capitalised candidate is a common noun rather than a third party's name: a word the
 * document also writes in lower case (a sentence opener), and in German, where every noun is
 * capitalised, a word, compound or phrase of nouns recognised by their endings ("Speicherdauer",
 * "IP-Adresse", "Browsertyp und Version"). A legal form always makes a name.
 */
final class CommonNouns {
    private static final Pattern NOUN_ENDING = Pattern.compile("(?:ung|ungen|keit|heit|schaft|tion|sion|tät|nis|platz|raum|zeit"
            + "|daten|dienst|anbieter|ling|ler|ner|adresse|status|dauer|lage|lagen|frist|zweck|zwecke|arten|personen|typ|nummer"
            + "|datum|quelle|kennung|sprache|version|menge|verlauf|angaben|inhalte|nahme|nahmen|unternehmen|berater|beratung"
            + "|büro|behörde|behörden|gesellschaften|dienstleistungen|verband|verbände|banken|versicherungen)$");

    /** Plural role nouns ("Dienstleister", "Marketingbureaus") and the roles as a list item's label, from the lexicon. */
    private static final List<Pattern> ROLE_PLURAL = Lexicon.shared("rolePlural");
    private static final Pattern PLURAL_ARTICLE = Pattern.compile("(?:i|gli|los|las|les)\\s+\\p{L}[\\p{L}-]*");

    private final Set<String> lowerCaseWords;
    private final boolean german;

    /**
     * @param lowerCaseWords words the document also writes in lower case ("kommuner", "speicherplatz")
     * @param german whether the document is German, whose nouns are all capitalised
     */
    CommonNouns(Set<String> lowerCaseWords, boolean german) {
        this.lowerCaseWords = lowerCaseWords;
        this.german = german;
    }

    /** A candidate that is a noun: a plain common word, a German compound noun or a phrase of German nouns. */
    boolean isNoun(String name) {
        return ThirdPartyNames.plainWord(name) && (common(name) || germanNoun(name)) || compound(name) || phrase(name)
                || categoryPlural(name);
    }

    /**
     * A category of recipients, not one of them: a plural role noun ("Marketingbureaus", "Certificatie-instellingen",
     * "Dienstleister") or a plural article before one word ("I Fornitori", "Los Proveedores", "Les Prestataires").
     */
    static boolean categoryPlural(String name) {
        if (ThirdPartyNames.hasLegalForm(name)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.contains(" ") && NegationScope.any(ROLE_PLURAL, lower) || PLURAL_ARTICLE.matcher(lower).matches();
    }

    /** After a verb of use a single plain word is taken only where it cannot be a common noun (never in German). */
    boolean mayBeNounAfterVerb(String name) {
        return ThirdPartyNames.plainWord(name) && (german || common(name));
    }

    /** German capitalises every noun, so a capitalised phrase ("Nähere Informationen") is no sign of a name there. */
    boolean capitalisesNouns() {
        return german;
    }

    /** Whether any word of a phrase is one the document also writes in lower case ("Legal Basis", "Third Party"). */
    boolean hasCommonWord(String phrase) {
        return java.util.Arrays.stream(phrase.split("[\\s&-]+")).anyMatch(w -> !w.isEmpty() && common(w));
    }

    private boolean common(String word) {
        return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** German nouns by their endings ("Speicherplatz", "Verarbeitung"). */
    private boolean germanNoun(String word) {
        return german && NOUN_ENDING.matcher(word.toLowerCase(Locale.ROOT)).find();
    }

    /** "IP-Anonymisierung", "Newsletter-Anmeldung": a German compound whose last part is a noun, without a legal form. */
    private boolean compound(String name) {
        if (!german || !name.contains("-") || name.contains(" ") || ThirdPartyNames.hasLegalForm(name)) {
            return false;
        }
        return NOUN_ENDING.matcher(name.substring(name.lastIndexOf('-') + 1)).find();
    }

    /** "Browsertyp und Version", "Datum und Uhrzeit": German nouns joined, every capitalised word a noun. */
    private boolean phrase(String name) {
        if (!german || !name.contains(" ") || ThirdPartyNames.hasLegalForm(name)) {
            return false;
        }
        return Arrays.stream(name.split("\\s+")).filter(w -> Character.isUpperCase(w.charAt(0)))
                .allMatch(w -> ThirdPartyNames.plainWord(w) && (germanNoun(w) || common(w)));
    }
}
