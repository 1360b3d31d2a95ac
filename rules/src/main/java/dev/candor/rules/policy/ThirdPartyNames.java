package dev.candor.rules.policy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a named organisation looks in running text: a run of capitalised words ("Call a Gift",
 * "Connect4Video GmbH", "Computerwerk Darmstadt e. V."), optionally ending in a legal form. Used
 * for third parties the knowledge base does not know.
 */
final class ThirdPartyNames {
    /** Legal forms in the languages the reader supports; the name before one is an organisation. */
    static final String LEGAL_FORM = "GmbH(?:\\s*&\\s*Co\\.\\s*KG)?|gGmbH|AG|A/S|ApS|I/S|IVS|K/S|P/S|Ltd\\.?|LTD\\.?|Limited|LLC|Inc\\.?"
            + "|UG(?:\\s*\\(haftungsbeschränkt\\))?|e\\.\\s?K\\.|KG|OHG|SE|B\\.V\\.|BV|N\\.V\\.|AB|plc|PLC|e\\.\\s?V\\.|GbR"
            + "|SAS|S\\.A\\.S\\.|SARL|S\\.A\\.|SA|S\\.r\\.l\\.|Srl|S\\.p\\.A\\.|SpA|S\\.L\\.U\\.|SLU|S\\.A\\.U\\.|S\\.L\\.|SL|d\\.o\\.o\\.|Oy|AS|Pty\\.? Ltd|Corp\\.?";
    private static final Pattern NAME = Pattern.compile(
            "[\"„“«]?\\s*((?:[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*[\\p{L}\\d+]|[\\p{Lu}\\d]"
            // a brand written with a small letter first and a capital inside ("easyVerein", "mySociety")
            + "|\\p{Ll}{1,5}\\p{Lu}[\\p{L}\\d&'’.+-]*[\\p{L}\\d+])"
            + "(?:\\s+(?:(?:a|of|for|de|du|la|von|van|der|den|und|and|&)\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*[\\p{L}\\d+]|[\\p{Lu}\\d])){0,4})"
            + "(?:,?\\s+(" + LEGAL_FORM + "))?(?![\\p{L}\\d])");
    /** "Firma X GmbH", "Company X Ltd": the generic word is not part of the name. */
    private static final Pattern LEAD_WORD = Pattern.compile("^(?:Firma|Company|Unternehmen|Société|Virksomheden|Bedrijf"
            + "|Dienstleister|Anbieter|Empresa|Società)\\s+(?=\\S)");
    private static final Pattern HAS_LEGAL_FORM = Pattern.compile("(?:^|\\s|,)(?:" + LEGAL_FORM + ")$");
    private static final Pattern LEGAL_FORM_END = Pattern.compile(",?\\s+(?:" + LEGAL_FORM + ")$");
    /** A conjunction inside what the name pattern read as one name. */
    private static final Pattern INNER_JOIN = Pattern.compile("\\s+(?:and|or|und|oder|og|eller|et|ou|en|of|y|o|e|&)\\s+(?=\\S)",
            Lexicon.FLAGS);
    /** Words that open a clause or point at the site itself, never a third party's name. */
    private static final Set<String> NOT_A_NAME = Set.of(
            "we", "our", "us", "you", "your", "the", "this", "these", "that", "it", "its", "a", "an", "if", "when",
            "for", "in", "on", "with", "to", "by", "and", "or", "as", "all", "any", "other", "some", "wir", "unser",
            "unsere", "unserem", "unseren", "unserer", "unseres", "sie", "ihr", "ihre", "ihres", "ihrem", "ihren", "ihrer",
            "dein", "deine", "deines", "deinem", "deinen", "deiner", "die", "der", "das", "dem", "den",
            "des", "ein", "eine", "einem", "einen", "einer", "dieser", "diese", "dieses", "wenn", "und", "oder",
            "zum", "zur", "im", "vi", "vores", "du", "dine", "din", "de", "det", "en", "et", "og", "eller", "hvis",
            "nous", "notre", "nos", "vous", "votre", "vos", "le", "la", "les", "l", "un", "une", "ce", "cette",
            "ces", "ou", "si", "wij", "ons", "onze", "u", "uw", "het", "een", "deze", "dit", "of", "als", "nosotros",
            "nuestro", "nuestra", "usted", "su", "el", "los", "las", "una", "noi", "nostro", "nostra", "il", "lo",
            "gli", "uno", "questa", "questo", "google", "cookies", "cookie", "website", "webseite", "internet",
            "europe", "eu", "eea", "usa", "gdpr", "dsgvo", "rgpd", "avg", "art", "article", "artikel", "privacy",
            "datenschutz");

    private ThirdPartyNames() {
    }

    /** The organisation's name starting at {@code at} (after spaces, an article or a quote), or null. */
    static String nameAt(String text, int at) {
        int i = at;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ':')) {
            i++;
        }
        Matcher m = NAME.matcher(text).region(i, text.length());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        // "Raiola Networks, S.L." keeps its comma: the name is quoted as written
        String name = LEAD_WORD.matcher(m.group(1)).replaceFirst("").replaceAll("[.’']+$", "")
                + (m.group(2) == null ? "" : text.substring(m.end(1), m.start(2)).replaceAll("\\s+", " ") + m.group(2));
        return plausible(name) ? name.strip() : null;
    }

    /** A single word with nothing that marks it as a name (no legal form, inner capital or digit): maybe a noun. */
    static boolean plainWord(String name) {
        return !name.contains(" ") && !hasLegalForm(name) && name.substring(1).chars().noneMatch(Character::isUpperCase)
                && name.chars().noneMatch(Character::isDigit);
    }

    /** The name without a legal form at its end ("Fastmail Pty Ltd" gives "Fastmail"); the name itself when it has none. */
    static String withoutLegalForm(String name) {
        return LEGAL_FORM_END.matcher(name).replaceFirst("");
    }

    /** Whether the name ends in a legal form ("… GmbH", "… A/S"). */
    static boolean hasLegalForm(String name) {
        return HAS_LEGAL_FORM.matcher(name).find();
    }

    /** A name, not a sentence opening, a pronoun, a law or a bare number. */
    static boolean plausible(String name) {
        String first = name.split("[\\s’'-]+")[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        if (first.isEmpty() || NOT_A_NAME.contains(first) || name.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        return name.length() >= 2 && name.length() <= 80;
    }

    /** The first item of what the name pattern read as one name across a conjunction, a legal name kept whole. */
    static String firstItem(String name) {
        if (hasLegalForm(name)) {
            return name;
        }
        String legal = legalNameBefore(name);
        if (!legal.equals(name)) {
            return legal;
        }
        Matcher inner = INNER_JOIN.matcher(name);
        return inner.find() ? name.substring(0, inner.start()) : name;
    }

    /**
     * The legal name before a conjunction ("Smith and Jones Ltd" of "Smith and Jones Ltd and Acme"), else the name
     * (also a name that ends in a legal form itself: "A Ltd and B Ltd" stays whole).
     */
    static String legalNameBefore(String name) {
        if (hasLegalForm(name)) {
            return name;
        }
        Matcher inner = INNER_JOIN.matcher(name);
        while (inner.find()) {
            String before = name.substring(0, inner.start());
            if (hasLegalForm(before)) {
                return before;
            }
        }
        return name;
    }
}
