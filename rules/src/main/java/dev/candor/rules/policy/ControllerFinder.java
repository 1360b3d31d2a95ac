package dev.candor.rules.policy;

import dev.candor.model.policy.Controller;
import dev.candor.model.policy.PolicyDocument;
import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who runs the site: the legal name next to a controller cue or heading, else the one in the
 * imprint block (with an address or register number), else a name repeated; and the contact
 * channels (postal address, e-mail, phone, register number) that are not the DPO's.
 */
final class ControllerFinder {
    /** The controller, the sentence that names it (or null) and the sentences with its contact details. */
    record Found(Controller controller, Sentence nameSentence, List<Sentence> contactSentences, boolean onlyMentioned,
            boolean imprintOnly) {
    }

    /** An e-mail address, also as policies write it against harvesters ("info [at] example.de", "info(at)example(dot)de"). */
    static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+(?:@|\\s?[\\[({]\\s?(?:at|ät)\\s?[\\])}]\\s?)[\\w-]+"
            + "(?:(?:\\.|\\s?[\\[({]\\s?(?:dot|punkt|punto|prik)\\s?[\\])}]\\s?)[\\w-]+)*"
            + "(?:\\.|\\s?[\\[({]\\s?(?:dot|punkt|punto|prik)\\s?[\\])}]\\s?)[a-zA-Z]{2,}");
    /** A post-office box stands for the street: its number may have five digits or more ("Postbus 20011", "Postfach 10 20 30"). */
    private static final String PO_BOX = "(?:Postbus|Postfach|Postboks|Box|P\\.?\\s?O\\.?\\s?Box|Bo[iî]te postale|B\\.?P\\.?"
            + "|Apartado(?: de [Cc]orreos)?|Casella [Pp]ostale)";
    private static final Pattern PHONE = Pattern.compile(
            "(?:(?:tel(?:efon(?:o|e|nummer|nr)?|éfono|efoon|ephone)?|téléphone|phone|fon|tlf|telefonnr|cellulare|móvil|mobil(?:e|telefon)?"
            + "|handy|call us)\\.?\\s*(?:nr\\.?|no\\.?|n[.°º])?\\s*[:.]?\\s*"
            + "(\\+?[\\d(][\\d\\s()/.-]{5,}\\d))|((?:\\+|00)\\d{2}[\\s()/.-]*\\d[\\d\\s()/.-]{5,}\\d)", Lexicon.FLAGS);
    private static final Pattern POSTCODE = Pattern.compile(
            "(?:\\b\\p{L}[\\p{L}.-]{2,},?\\s+\\d{1,4}[a-z]?\\b[^\\n]{0,40}?|\\b" + PO_BOX + "\\s+\\d[\\d ]{0,8}[,\\s]+)"
            // the town after the postcode may be set off by a dash or in brackets ("25065 - Lumezzane", "28046 (Madrid)");
            // a Dutch postcode may be written without its space ("8243EE Lelystad")
            // the number after a comma ("Via Roma, 15"); the postcode in brackets after the town ("Barcelona (08002)")
            + "(?:\\b\\d{4,5}(?:\\s*[-–]\\s*|\\s+)\\(?\\p{Lu}\\p{L}+|\\p{Lu}\\p{L}+\\s*\\(\\d{5}\\)|\\b\\d{4}\\s?[A-Z]{2}\\s+\\p{Lu}\\p{L}+"
            + "|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b)"
            // UK postcodes are distinctive on their own; streets there come after the number.
            + "|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b"
            // US "Portland, OR 97205" and Irish Eircodes "Cork T12 X9F2": the street comes first there too.
            + "|,\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b"
            + "|\\b[AC-FHKNPRTV-Y]\\d[\\dW]\\s?(?=[\\dAC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[\\dAC-FHKNPRTV-Y]{4}\\b"
            // the house number first ("8 avenue Foch, 75016 Paris", "22 Mill Road, 1234 AB Town")
            + "|\\b\\d{1,4}[a-z]?,?\\s+\\p{L}[^\\n\\d]{2,40}?,?\\s+(?:\\d{4,5}|\\d{4}\\s?[A-Z]{2})\\s+\\p{Lu}\\p{L}+");
    /**
     * A street after an address label that opens a line or list item, whatever the postcode ("Postal address: 7 Mill
     * Lane …", "- Anschrift: Seeweg 4 …"); not "your IP address: 30 days".
     */
    private static final Pattern LABELLED_ADDRESS = Pattern.compile("(?:^|[-–•*;,(|]\\s*)(?:postal address|address|postanschrift"
            + "|anschrift|adresse(?: postale)?|post?adres(?:se)?|indirizzo(?: postale)?|sede(?: legale)?|direcci[oó]n(?: postal)?"
            + "|domicilio(?: social)?|si[eè]ge(?: social)?)\\s*:\\s*"
            + "(?:\\d{1,4}[a-z]?,?\\s+\\p{L}{2,}|\\p{L}[\\p{L}.-]{2,}(?:\\s+\\p{L}[\\p{L}.-]*){0,3}\\s+\\d{1,4}[a-z]?\\b)", Lexicon.FLAGS);
    /** One line of an address written over lines: the street and house number ("Hauptstraße 12", "22 Mill Road"). */
    private static final Pattern STREET_LINE = Pattern.compile("^\\s*(?:(?:\\p{L}[\\p{L}.'’-]*\\s+){0,3}\\p{L}[\\p{L}.-]*\\s+"
            + "\\d{1,4}[a-zA-Z]?(?:\\s*[-/]\\s*\\d{1,4})?|\\d{1,4}[a-z]?,?(?:\\s+\\p{L}[\\p{L}.'’-]*){1,5}"
            + "|" + PO_BOX + "\\s+\\d[\\d ]{0,8})\\s*(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30})?[,.]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The next line: postcode and town ("83022 Rosenheim", "1071 DJ Amsterdam", "D-10115 Berlin"). */
    private static final Pattern POSTCODE_LINE = Pattern.compile("^\\s*(?:[A-Z]{1,2}-)?(?:\\d{4,5}|\\d{4}\\s?[A-Z]{2})\\s+\\p{Lu}\\p{L}+");
    private static final Pattern LEGAL_NAME = Pattern.compile(
            "((?:[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s+){0,4}?[\\p{Lu}\\d][\\p{L}\\d&'’.-]*)(\\s+|,\\s*(?=Inc\\.|LLC|Ltd|Limited|Corp\\.))"
            + "(GmbH(?:\\s*&\\s*Co\\.\\s*KG)?|AG|A/S|ApS|I/S|IVS|K/S|P/S|Ltd\\.?|Limited|LLC|Inc\\.|UG(?:\\s*\\(haftungsbeschränkt\\))?"
            + "|e\\.\\s?K\\.|KG|OHG|SE|B\\.V\\.|AB|plc|PLC|e\\.\\s?V\\.|GbR)(?![\\p{L}])");
    /** Legal forms written before the name ("Stichting HackNature", "Fondation X"): counted like "X GmbH". */
    private static final Pattern PREFIX_FORM_NAME = Pattern.compile("\\b(?:Stichting|Vereniging|Fondation|Association|Fundación"
            + "|Asociación|Fondazione|Associazione|Foreningen|Fonden|Verein)\\s+[\\p{Lu}\\d][\\p{L}\\d&'’.+]*[\\p{L}\\d]"
            + "(?:\\s+[\\p{Lu}\\d][\\p{L}\\d&'’.+]*[\\p{L}\\d]){0,3}");
    private static final Set<String> NAME_STARTERS = Set.of("the", "die", "der", "den", "det", "our", "unsere", "vores",
            "by", "von", "fra", "at", "bei", "hos", "is", "ist", "er", "and", "und", "og", "company", "firma");


    /** How many lines after a name line an imprint's address or register number may follow. */
    private static final int IMPRINT_LINES = 3;
    /** The longest line of an address written over lines. */
    private static final int LINE_MAX = 60;
    /** How many lines before an address block may introduce it as the DPO's. */
    private static final int DPO_LOOKBACK = 3;

    private final PolicyDocument doc;
    private final Lexicon lex;
    private final VendorTable vendors;
    private final SectionTopics topics;

    ControllerFinder(PolicyDocument doc, Lexicon lex, VendorTable vendors) {
        this.doc = doc;
        this.lex = lex;
        this.vendors = vendors;
        this.topics = new SectionTopics(lex);
    }

    Found find() {
        List<Pattern> cues = lex.patterns("controller");
        ControllerDesignation designation = new ControllerDesignation(doc.sentences(), lex, vendors);
        ControllerDesignation.Designation designated = designation.find();
        // a designation wins; an organisation only mentioned in the opening yields to a legal name in a cue sentence or imprint
        String name = designated.onlyMentioned() ? null : designated.name();
        Sentence nameSentence = designated.onlyMentioned() ? null : designated.sentence();
        if (name == null) {
            // "Verantwortlicher:" then the name line with the address under it
            ControllerBlock.Found block = new ControllerBlock(doc.sentences(), lex, designation::accept).find();
            if (block != null) {
                name = block.name();
                nameSentence = block.sentence();
            }
        }
        List<Sentence> own = ownContactLines();
        Map<String, Integer> counts = new LinkedHashMap<>();
        String imprintName = null;
        Sentence imprintSentence = null;
        List<Sentence> all = doc.sentences();
        for (int i = 0; i < all.size(); i++) {
            Sentence s = all.get(i);
            Matcher m = LEGAL_NAME.matcher(s.text());
            while (m.find()) {
                if (m.group(1).chars().noneMatch(Character::isLetter)) {
                    continue; // "3511 AB" is a Dutch postcode, not a company
                }
                String candidate = trimName(m.group(1), cues) + (m.group(2).startsWith(",") ? ", " : " ") + m.group(3);
                if (vendors.isVendorName(candidate)) {
                    continue;
                }
                // A "Controller" / "Verantwortlicher" heading counts like the word in the sentence.
                if (name == null && (any(cues, s.text()) || any(cues, SectionTopics.innermost(s.headingPath())))) {
                    name = candidate;
                    nameSentence = s;
                }
                // The imprint block: a legal name in the same sentence as a postal address or register number.
                if (imprintName == null && imprintAt(all, i)) {
                    imprintName = candidate;
                    imprintSentence = s;
                }
                counts.merge(candidate, 1, Integer::sum);
            }
            Matcher prefixed = PREFIX_FORM_NAME.matcher(s.text());
            while (prefixed.find()) {
                counts.merge(prefixed.group(), 1, Integer::sum);
            }
        }
        if (name == null && imprintName != null) {
            name = imprintName;
            nameSentence = imprintSentence;
        }
        if (name == null && designated.onlyMentioned()) {
            name = designated.name();
            nameSentence = designated.sentence();
        }
        if (name == null) {
            name = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).findFirst().orElse(null);
        }
        DataActor.Found actor = null;
        if (name == null) {
            // "X conserve les données …": the organisation acting on the data, when nothing designates one
            actor = new DataActor(doc.sentences(), doc.text(), lex, designation,
                    "de".equals(doc.language())).find();
            if (actor != null) {
                name = actor.name();
                nameSentence = actor.sentence();
            }
        }
        List<Sentence> addressBlock = addressBlock(own);
        String controllerName = name;
        boolean address = own.stream().anyMatch(s -> ownAddress(s, controllerName)) || !addressBlock.isEmpty();
        String email = null;
        String phone = null;
        String registration = null;
        for (Sentence s : own) {
            if (email == null && !any(lex.patterns("dpo"), s.text())) {
                Matcher e = EMAIL.matcher(s.text());
                if (e.find()) {
                    email = e.group();
                }
            }
            if (phone == null && !any(lex.patterns("dpo"), s.text())) {
                phone = phone(s.text());
            }
            if (registration == null) {
                registration = RegisterNumbers.find(s.text());
            }
        }
        List<Sentence> contact = new ArrayList<>();
        for (Sentence s : own) {
            if ((email != null && s.text().contains(email)) || (phone != null && s.text().contains(phone))
                    || ownAddress(s, controllerName)) {
                contact.add(s);
            }
        }
        addressBlock.stream().filter(s -> !contact.contains(s)).forEach(contact::add);
        // an actor, like an organisation only mentioned, is a brand the policy speaks for rather than a designation
        boolean onlyMentioned = designated.onlyMentioned() && java.util.Objects.equals(name, designated.name())
                || actor != null && name.equals(actor.name());
        // a typographic apostrophe is the same letter as a straight one ("d’Amilly"): one spelling in the report
        String reported = name == null ? null : NameShape.fullName(name, doc.text()).replace('’', '\'');
        return new Found(new Controller(reported, address, email, phone, registration), nameSentence, contact,
                onlyMentioned, name == null && designated.imprintOnly());
    }

    /**
     * The sentences that may hold the controller's own contact details: not those in a DPO section, nor those in
     * a complaint section after the authority is named ("complain to the ICO. The ICO's address: …"); the
     * site's own contact before that ("tell me at … or complain to the authority") stays.
     */
    private List<Sentence> ownContactLines() {
        List<Sentence> out = new ArrayList<>();
        String authorityNamedIn = null;
        for (Sentence s : doc.sentences()) {
            String path = s.headingPath();
            boolean authoritySection = topics.is(path, SectionTopics.AUTHORITY);
            boolean authoritys = authoritySection && authorityNamedIn != null && path.startsWith(authorityNamedIn);
            // "Name und Kontaktdaten des Verantwortlichen sowie des Datenschutzbeauftragten": the controller's too
            boolean dpoOnly = topics.is(path, SectionTopics.DPO) && !any(lex.patterns("controller"), SectionTopics.innermost(s.headingPath()));
            if (!authoritys && !dpoOnly) {
                out.add(s);
            }
            if (!s.heading() && any(lex.patterns("complaint"), s.text())) {
                authorityNamedIn = path;
            } else if (authorityNamedIn != null && !path.startsWith(authorityNamedIn)) {
                authorityNamedIn = null;
            }
        }
        return out;
    }

    /**
     * Whether the sentence gives the controller's postal address, not a vendor's: a service's provider is named before
     * its address ("a service of Example Ltd., 1 Some Street, 6011 Town"), unless the controller is named there too.
     */
    private boolean ownAddress(Sentence s, String controllerName) {
        Matcher m = POSTCODE.matcher(s.text());
        if (!m.find()) {
            m = LABELLED_ADDRESS.matcher(s.text());
            if (!m.find()) {
                return false;
            }
        }
        if (controllerName != null && s.text().contains(controllerName)) {
            return true;
        }
        int at = m.start();
        return vendors.find(s.text()).stream().noneMatch(h -> h.start() < at);
    }

    /**
     * The first street line and the postcode line after it, when an address is written over lines; else none. A block
     * right after the DPO is named ("write to our data protection officer:") is the DPO's.
     */
    private List<Sentence> addressBlock(List<Sentence> sentences) {
        for (int i = 0; i + 1 < sentences.size(); i++) {
            if (overLines(sentences.get(i).text(), sentences.get(i + 1).text()) && !afterDpo(sentences, i)) {
                return List.of(sentences.get(i), sentences.get(i + 1));
            }
        }
        return List.of();
    }

    /** Whether two lines are a street line and the postcode line under it ("Hauptstraße 12" / "83022 Rosenheim"). */
    private static boolean overLines(String street, String next) {
        return street.length() <= LINE_MAX && STREET_LINE.matcher(street).find() && POSTCODE_LINE.matcher(next).find();
    }

    private boolean afterDpo(List<Sentence> sentences, int street) {
        for (int j = Math.max(0, street - DPO_LOOKBACK); j < street; j++) {
            if (any(lex.patterns("dpo"), sentences.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence at {@code i} gives a postal address or register number, or is a name line with them on
     * the next lines of its block ("Example ApS" / "Street 4" / "7700 Town" / "CVR 41223344").
     */
    private static boolean imprintAt(List<Sentence> sentences, int i) {
        String path = sentences.get(i).headingPath();
        for (int j = i; j < Math.min(sentences.size(), i + 1 + IMPRINT_LINES); j++) {
            String t = sentences.get(j).text();
            if (j > i && (!sentences.get(j).headingPath().equals(path) || t.length() > LINE_MAX)) {
                return false;
            }
            if (POSTCODE.matcher(t).find() || RegisterNumbers.find(t) != null
                    || j > i && overLines(sentences.get(j - 1).text(), t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a postal address (street and postcode, or a postcode that stands alone). */
    static boolean hasAddress(String text) {
        return POSTCODE.matcher(text).find();
    }

    /** Drops leading articles, a field label and a run-in heading word ("Dataansvarlig Havørn Rejser ApS"). */
    private static String trimName(String raw, List<Pattern> cues) {
        String[] words = raw.strip().split("\\s+");
        int i = 0;
        // "Anschrift: DFX AG", "Name: …": a field label before the name is no part of it
        while (i < words.length - 1 && (NAME_STARTERS.contains(words[i].toLowerCase(Locale.ROOT))
                || any(cues, words[i]) || words[i].length() > 1 && words[i].endsWith(":"))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }


    static String phone(String text) {
        Matcher p = PHONE.matcher(text);
        while (p.find()) {
            String v = (p.group(1) != null ? p.group(1) : p.group(2)).strip();
            long digits = v.chars().filter(Character::isDigit).count();
            if (digits >= 7 && digits <= 15) {
                return v;
            }
        }
        return null;
    }

    private static boolean any(List<Pattern> patterns, String text) {
        return NegationScope.any(patterns, text);
    }
}
