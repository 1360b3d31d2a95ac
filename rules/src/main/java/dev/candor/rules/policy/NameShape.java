package dev.candor.rules.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an organisation's name as policies write it: where a name on an address line ends,
 * the capitalised words (with connectors, legal forms and an acronym in brackets) it is made of, and
 * the articles and descriptors before it. Shared by the readers that find the controller.
 */
final class NameShape {
    /** "Anschrift: DFX AG", "Ragione sociale: …": a field label of up to three words before the name on its line. */
    static final Pattern FIELD_LABEL = Pattern.compile("^(?:\\p{L}+[\\s-]?){1,3}:\\s+(?=\\S)");
    static final Pattern ARTICLE = Pattern.compile(
            "^(?:(?:the|die|der|das|den|det|le|la|les|het|de|il|lo|el|los)\\s+|l['’]\\s*)(?=\\S)", Lexicon.FLAGS);

    static final Pattern ENTITY = Pattern.compile("&nbsp;|&#x20;|&#160;|\u00a0");

    /** An article written with a capital after a descriptor is part of the name ("l'association Les Amis du Vélo"). */
    static final Pattern CAPITAL_ARTICLE = Pattern.compile("(?:Les|Le|La|De|Het|Il|Lo|El|Los|Las|Die|Der|Das|The)\\s+");

    /** A legal form right after a comma ("Academia X, S.L."): the comma does not end the name. */
    static final String COMMA_NOT_BEFORE_FORM = ",(?!\\s*(?-i:(?:" + ThirdPartyNames.LEGAL_FORM + "))(?![\\p{L}]))";

    /** Where a name on an address line ends: a comma, a dash, a bar, a house number, a postcode or a contact label. */
    /** A tax or register id after a slash ("X SLU / CIF B12345678"): the id is no part of the name. */
    private static final String TAX_ID = "(?:C\\.?I\\.?F|N\\.?I\\.?F|VAT|P\\.?\\s?IVA|C\\.F|USt|TVA|SIRE[NT]|KvK|CVR)(?![\\p{L}])";
    /** An acronym alone before a dash ("ABC – Agency for …"): the dash joins it to the name it stands for. */
    private static final Pattern LEADING_ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&]{1,9}");
    static final Pattern NAME_END = Pattern.compile("\\s*(?:" + COMMA_NOT_BEFORE_FORM + "|;|\\s?/\\s*(?=" + TAX_ID + ")|\\s[–—-]\\s|\\||\\s(?=\\d)|\\s(?=(?-i:[A-Z]{1,2})-\\d{4,5}\\b)|\\s(?=(?-i:Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Plaza|Rue|Boulevard|Chemin)\\s)|\\s(?=(?:tel|fon|phone|e-?mail|mail"
            + "|fax|cvr|kvk|siret|vat|ust)\\b)|\\s(?=\\S*(?:straße|strasse|str\\.|weg|allee|gasse|vej|gade|street|road|lane"
            + "|avenue|straat|laan|plein)(?![\\p{L}]))"
            // streets without a street word, known by the house number after them ("Am Marktplatz 4", "Domhof 2")
            + "|\\s(?=(?-i:(?:Am|An der|An den|Im|Auf dem|Auf der|Zum|Zur|In der|In den|Unter den|Hinter dem|Vor dem|Beim)"
            + "\\s+\\p{Lu}[\\p{L}.-]+(?:\\s+\\p{Lu}[\\p{L}.-]+)?\\s+\\d{1,4}[a-z]?\\b))"
            + "|\\s(?=\\S*(?:platz|damm|ufer|ring|markt|chaussee|steig|pfad|wall|graben|kamp|hof|berg|torv|plads)\\s+\\d{1,4}[a-z]?\\b))",
            Lexicon.FLAGS);

    /** A street written as two words ("Reifenberger Straße", "High Street"): the adjective belongs to the address. */
    static final Pattern STREET_WORD = Pattern.compile("\\s+(?:Straße|Strasse|Str\\.|Street|Road|Lane|Avenue|Allee|Weg)(?![\\p{L}])");

    static final Pattern STREET_ADJECTIVE = Pattern.compile("\\s+\\p{Lu}\\p{L}*$");

    /** An address written over lines: "60489 Frankfurt", "Reifenbergerstraße 21", "483 Green Lanes". */
    static final Pattern ADDRESS_LINE = Pattern.compile("^\\s*(?:[A-Z]{1,2}-)?\\d{4,5}\\s+\\p{Lu}"
            + "|\\p{L}*(?:straße|strasse|str\\.|weg|allee|gasse|vej|gade|street|road|lane|avenue|straat|laan|plein)\\s+\\d"
            + "|^\\s*\\d{1,4}[a-z]?\\s+\\p{Lu}\\p{L}+\\s+(?:street|road|lane|lanes|avenue|way|place|square)\\b",
            Lexicon.FLAGS);

    /** What an organisation is, written before its name ("l'association X", "the charity X", "die Firma X"). */
    static final Pattern DESCRIPTOR = Pattern.compile("^(?-i:(?:(?:non-profit|gemeinnützige[rn]?|eingetragene[rn]?)\\s+)?"
            + "(?:association|société|entreprise|fondation|fédération|company|charity|organi[sz]ation|foundation|club|firma"
            + "|verein|unternehmen|vereniging|stichting|bedrijf|società|associazione|fondazione|ditta|empresa|asociación"
            + "|fundación|entidad|foreningen|forening|virksomheden|selskabet))\\s+(?=(?-i:\\p{Lu}))", Lexicon.FLAGS);

    static final Pattern ACRONYM = Pattern.compile("^\\s*\\(\\p{Lu}[\\p{Lu}\\d&.-]{1,9}\\)");

    /** Lower-case words inside names ("Byen for Borgerne", "Akademie der Wissenschaften"). */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "der", "die", "des", "und", "von", "van",
            "de", "du", "la", "le", "og", "i", "e", "et", "y", "di", "del", "della", "voor", "en", "het");

    /** The capitalised words (with connectors, legal forms and an acronym in brackets) a text starts with. */
    static String leadingName(String text) {
        String[] tokens = ARTICLE.matcher(ENTITY.matcher(text).replaceAll(" ").strip()).replaceFirst("").split("\\s+");
        List<String> out = new java.util.ArrayList<>();
        for (String token : tokens) {
            if (out.size() >= 8) {
                break;
            }
            if (ACRONYM.matcher(token).lookingAt() && !out.isEmpty()) {
                out.add(token.replaceAll("(\\)).+$", "$1"));
                if (!token.endsWith(")")) {
                    break;
                }
                continue;
            }
            String core = token.replaceAll("[,;:.!?]+$", "");
            if (core.isEmpty() || !(out.isEmpty() ? startsName(core) : nameWord(core))) {
                break;
            }
            out.add(core);
            if (!core.equals(token)) {
                break;
            }
        }
        while (!out.isEmpty() && connector(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out.isEmpty() ? null : String.join(" ", out);
    }

    /** The leading name of an address line: up to a comma, house number, street, postcode or contact label. */
    static String cut(String raw) {
        String text = ENTITY.matcher(raw).replaceAll(" ").replaceAll("\\s+", " ").strip();
        text = ARTICLE.matcher(FIELD_LABEL.matcher(text).replaceFirst("")).replaceFirst("");
        Matcher end = NAME_END.matcher(text);
        String name = text;
        boolean found = end.find();
        if (found && LEADING_ACRONYM.matcher(text.substring(0, end.start())).matches() && end.group().strip().matches("[–—-]")) {
            found = end.find();
        }
        if (found) {
            name = text.substring(0, end.start());
            if (STREET_WORD.matcher(text.substring(end.start())).lookingAt()) {
                name = STREET_ADJECTIVE.matcher(name).replaceFirst("");
            }
        }
        // a sentence's full stop, not an abbreviation's ("e. V.", "Inc.")
        name = name.replaceAll("[:;]+$", "").replaceAll("(?<![\\p{L}.])(?!(?:Corp|Bros|Assn|Dott|Prof)\\.$)(\\p{L}{4,})\\.$", "$1");
        Matcher acronym = ACRONYM.matcher(text.substring(name.length()));
        if (acronym.find() && !name.contains("(")) {
            name = name + " " + acronym.group().strip();
        }
        name = name.strip();
        return name.isEmpty() ? null : name;
    }

    /** Mostly capitalised words: connectors ("der", "of", "for", "og") may be lower case, at most two other words. */
    static boolean looksLikeName(String name) {
        String[] words = name.split("\\s+");
        if (!startsName(words[0])) {
            return false;
        }
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !camel(w) && !connector(w)) {
                lower++;
            }
        }
        return lower <= 2;
    }

    /** A name's word, also an elided connector before a capital ("d’Amilly", "l'Aquila"). */
    static boolean nameWord(String w) {
        return startsName(w) || connector(w) || ThirdPartyNames.hasLegalForm(w) || w.matches("[dlDL]['’]\\p{Lu}.*");
    }

    static boolean startsName(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || camel(w));
    }

    /** "mySociety", "eBay": lower case first, a capital inside. */
    static boolean camel(String w) {
        return w.length() > 2 && Character.isLowerCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isUpperCase);
    }

    static boolean connector(String w) {
        return CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * The name as the document writes it in full elsewhere: with the legal form it bears there ("Russell Street
     * Dental" -> "Russell Street Dental Limited") or an acronym spelled out where it is defined ("DBT" ->
     * "Department for Business and Trade (DBT)"); the name itself when the document has no fuller form.
     */
    static String fullName(String name, String text) {
        if (name == null || ThirdPartyNames.hasLegalForm(name)) {
            return name;
        }
        Matcher formed = Pattern.compile("(?<![\\p{L}\\d&])" + Pattern.quote(name) + "(,?\\s+(?:" + ThirdPartyNames.LEGAL_FORM
                + "))(?![\\p{L}\\d])").matcher(text);
        if (formed.find()) {
            return name + formed.group(1).replaceAll("\\s+", " ");
        }
        return LONE_ACRONYM.matcher(name).matches() ? spelledOut(name, text) : name;
    }

    private static final Pattern LONE_ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,7}");

    /** "Department for Business and Trade (DBT)": the capitalised words before the acronym's brackets whose initials spell it. */
    private static String spelledOut(String acronym, String text) {
        String letters = acronym.replace("&", "");
        Matcher m = Pattern.compile("\\(" + Pattern.quote(acronym) + "\\)").matcher(text);
        while (m.find()) {
            String[] words = text.substring(Math.max(0, m.start() - 160), m.start()).strip().split("\\s+");
            StringBuilder initials = new StringBuilder();
            for (int i = words.length - 1; i >= 0 && initials.length() < letters.length(); i--) {
                String w = words[i];
                if (connector(w) && initials.length() > 0) {
                    continue;
                }
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                    break;
                }
                initials.insert(0, w.charAt(0));
                if (initials.toString().equals(letters)) {
                    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)) + " (" + acronym + ")";
                }
            }
        }
        return acronym;
    }

    /** Whether a line is part of an address written over lines ("60489 Frankfurt", "Hauptstraße 21"). */
    static boolean addressLine(String line) {
        return ADDRESS_LINE.matcher(line).find();
    }

    private NameShape() {
    }
}
