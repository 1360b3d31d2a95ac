package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a policy designates its controller in words rather than by a legal form: "X er
 * dataansvarlig", "La DINUM est responsable des traitements", "Verantwortlicher … ist das X"
 * (or the name line after "… is:" and before an address block), "This site is run by X",
 * "X (\"we\")" and "wir, die X". A name may lack a legal form and be lower case in parts
 * ("direction interministérielle du numérique"); structure, not capitals, makes it a name here.
 */
final class ControllerDesignation {
    /**
     * The designated name and its sentence, or none; whether the name is only the organisation the policy
     * speaks for ("how X processes your data") rather than one it designates; and whether the controller
     * is only given by a pointer to the imprint.
     */
    record Designation(String name, Sentence sentence, boolean onlyMentioned, boolean imprintOnly) {
    }

    /** Operator statements come first in a policy; later "run by" sentences are about vendors. */
    private static final int OPENING_SENTENCES = 12;
    private static final int MAX_NAME_WORDS = 10;
    /** "Anschrift: DFX AG", "Ragione sociale: …": a field label of up to three words before the name on its line. */
    private static final Pattern FIELD_LABEL = Pattern.compile("^(?:\\p{L}+[\\s-]?){1,3}:\\s+(?=\\S)");
    static final Pattern ARTICLE = Pattern.compile(
            "^(?:(?:the|die|der|das|den|det|le|la|les|het|de|il|lo|el|los)\\s+|l['’]\\s*)(?=\\S)", Lexicon.FLAGS);
    private static final Pattern ENTITY = Pattern.compile("&nbsp;|&#x20;|&#160;|\u00a0");
    /** An article written with a capital after a descriptor is part of the name ("l'association Les Amis du Vélo"). */
    static final Pattern CAPITAL_ARTICLE = Pattern.compile("(?:Les|Le|La|De|Het|Il|Lo|El|Los|Las|Die|Der|Das|The)\\s+");
    /** A legal form right after a comma ("Academia X, S.L."): the comma does not end the name. */
    private static final String COMMA_NOT_BEFORE_FORM = ",(?!\\s*(?-i:(?:" + ThirdPartyNames.LEGAL_FORM + "))(?![\\p{L}]))";
    /** Where a name on an address line ends: a comma, a dash, a bar, a house number, a postcode or a contact label. */
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:" + COMMA_NOT_BEFORE_FORM + "|;|\\s[–—-]\\s|\\||\\s(?=\\d)|\\s(?=(?-i:[A-Z]{1,2})-\\d{4,5}\\b)|\\s(?=(?:tel|fon|phone|e-?mail|mail"
            + "|fax|cvr|kvk|siret|vat|ust)\\b)|\\s(?=\\S*(?:straße|strasse|str\\.|weg|allee|gasse|vej|gade|street|road|lane"
            + "|avenue|straat|laan|plein)(?![\\p{L}])))", Lexicon.FLAGS);
    /** A street written as two words ("Reifenberger Straße", "High Street"): the adjective belongs to the address. */
    private static final Pattern STREET_WORD = Pattern.compile("\\s+(?:Straße|Strasse|Str\\.|Street|Road|Lane|Avenue|Allee|Weg)(?![\\p{L}])");
    private static final Pattern STREET_ADJECTIVE = Pattern.compile("\\s+\\p{Lu}\\p{L}*$");
    /** An address written over lines: "60489 Frankfurt", "Reifenbergerstraße 21", "483 Green Lanes". */
    private static final Pattern ADDRESS_LINE = Pattern.compile("^\\s*(?:[A-Z]{1,2}-)?\\d{4,5}\\s+\\p{Lu}"
            + "|\\p{L}*(?:straße|strasse|str\\.|weg|allee|gasse|vej|gade|street|road|lane|avenue|straat|laan|plein)\\s+\\d"
            + "|^\\s*\\d{1,4}[a-z]?\\s+\\p{Lu}\\p{L}+\\s+(?:street|road|lane|lanes|avenue|way|place|square)\\b",
            Lexicon.FLAGS);
    /** "(\"the Club\", \"we\")", "(nachfolgend „wir“)": an alias in brackets, not part of the name. */
    private static final Pattern ALIAS_BRACKETS = Pattern.compile("\\s*\\([^()]{0,60}?[\"“”'‘’„«]\\s*(?:we|us|our|wir|uns"
            + "|vi|os|nous|wij|ons|noi|nosotros)\\b[^()]{0,40}\\)", Lexicon.FLAGS);
    /** What an organisation is, written before its name ("l'association X", "the charity X", "die Firma X"). */
    static final Pattern DESCRIPTOR = Pattern.compile("^(?-i:(?:(?:non-profit|gemeinnützige[rn]?|eingetragene[rn]?)\\s+)?"
            + "(?:association|société|entreprise|fondation|fédération|company|charity|organi[sz]ation|foundation|club|firma"
            + "|verein|unternehmen|vereniging|stichting|bedrijf|società|associazione|fondazione|ditta|empresa|asociación"
            + "|fundación|entidad|foreningen|forening|virksomheden|selskabet))\\s+(?=(?-i:\\p{Lu}))", Lexicon.FLAGS);
    static final Pattern ACRONYM = Pattern.compile("^\\s*\\(\\p{Lu}[\\p{Lu}\\d&.-]{1,9}\\)");
    private static final Set<String> NOT_A_NAME_START = Set.of("we", "wir", "vi", "nous", "wij", "noi", "nosotros", "you", "sie",
            "du", "vous", "u", "our", "unsere", "vores", "notre", "onze", "this", "diese", "if", "wenn", "hvis", "si", "als",
            "e-mail", "email", "mail", "tel", "telefon", "phone", "adresse", "address", "kontakt", "contact", "name", "navn",
            "anschrift", "fax", "website", "www", "http", "https", "datenschutzbeauftragte", "datenschutzbeauftragter");

    /** Lower-case words inside names ("Byen for Borgerne", "Akademie der Wissenschaften"). */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "der", "die", "des", "und", "von", "van",
            "de", "du", "la", "le", "og", "i", "e", "et", "y", "di", "del", "della", "voor", "en", "het");

    private final List<Sentence> sentences;
    private final Lexicon lex;
    private final VendorTable vendors;

    ControllerDesignation(List<Sentence> sentences, Lexicon lex, VendorTable vendors) {
        this.sentences = sentences;
        this.lex = lex;
        this.vendors = vendors;
    }

    Designation find() {
        boolean imprint = false;
        Designation mentioned = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String t = s.text();
            if (NegationScope.any(lex.patterns("dpo"), t)) {
                continue;
            }
            Matcher term = NegationScope.first(lex.patterns("controllerTerm"), t);
            String name = term != null ? subject(t, term.start()) : null;
            if (name == null && term != null) {
                name = object(i, term.end());
            }
            if (name == null && term == null && !s.heading() && NegationScope.any(lex.patterns("controllerTerm"), lastHeading(s))
                    && firstInSection(i)) {
                name = nameLine(i, true);
            }
            if (name == null) {
                name = operator(t, i);
            }
            if (name == null) {
                name = weAlias(t);
            }
            if (name != null) {
                return new Designation(name, s, false, false);
            }
            String owner = mentioned == null && i < OPENING_SENTENCES ? owner(t) : null;
            if (owner != null) {
                mentioned = new Designation(owner, s, true, false);
            }
            imprint |= term != null && NegationScope.any(lex.patterns("imprintPointer"), t);
        }
        return mentioned != null ? mentioned : new Designation(null, null, false, imprint);
    }

    /** "X er dataansvarlig", "X is the controller": the subject before the copula, if the sentence opens with it. */
    private String subject(String t, int termStart) {
        String before = t.substring(0, termStart);
        Matcher copula = lastMatch(lex.patterns("copula"), before);
        if (copula == null || !before.substring(copula.end()).matches("(?s)\\s*(?:\\p{L}{1,4}\\s+)?(?:data\\s*)?")) {
            return null;
        }
        String subject = apposition(ALIAS_BRACKETS.matcher(
                ARTICLE.matcher(before.substring(0, copula.start()).strip()).replaceFirst("")).replaceAll("").strip());
        if (subject == null || subject.contains(",") && !ThirdPartyNames.hasLegalForm(subject) || subject.contains(":") || subject.split("\\s+").length > 8
                || subject.chars().noneMatch(Character::isUpperCase)) {
            return null;
        }
        return accept(subject);
    }

    /**
     * "X, association loi 1901," / "X, gevestigd aan Straat 3, 1234 AB Stad," before the copula: the name
     * before an apposition that opens in lower case or gives the address; "X, S.L." keeps its legal form.
     */
    private static String apposition(String subject) {
        int comma = subject.indexOf(',');
        if (comma < 0) {
            return subject;
        }
        String cut = cut(subject);
        if (cut != null && cut.length() > comma) {
            return cut; // "Academia X, S.L."
        }
        String rest = subject.substring(comma + 1).strip();
        boolean appended = !rest.isEmpty() && (Character.isLowerCase(rest.charAt(0)) || ControllerFinder.hasAddress(rest)
                || ADDRESS_LINE.matcher(rest).find());
        return appended ? subject.substring(0, comma).strip() : null;
    }

    /** "Verantwortlicher … ist das X, Straße 1", or the name line after "… is:" or after a bare label line. */
    private String object(int index, int termEnd) {
        String t = sentences.get(index).text();
        String after = t.substring(termEnd);
        Matcher copula = NegationScope.first(lex.patterns("copula"), after);
        int colon = after.indexOf(':');
        int at = copula != null && (colon < 0 || copula.start() < colon) ? copula.end() : colon >= 0 ? colon + 1 : -1;
        if (at < 0) {
            // a label line ("verantwortliche Stelle im Sinne des Datenschutzrechts") before the name and address lines
            return t.split("\\s+").length <= 8 ? nameLine(index + 1, true) : null;
        }
        String rest = after.substring(at).replaceFirst("^[\\s:]+", "").strip();
        Matcher descriptor = DESCRIPTOR.matcher(ARTICLE.matcher(rest).replaceFirst(""));
        if (descriptor.lookingAt()) {
            // "l'association Les Amis du Vélo": after the descriptor, an article belongs to the name
            String described = descriptor.replaceFirst("");
            Matcher article = CAPITAL_ARTICLE.matcher(described);
            String lead = article.lookingAt() ? article.group() : "";
            String cutName = cut(described.substring(lead.length()));
            String named = cutName == null ? null : lead + cutName;
            return named != null && looksLikeName(named) ? accept(named, true) : null;
        }
        if (rest.isEmpty()) {
            return nameLine(index + 1, false);
        }
        String name = cut(rest);
        return name != null && looksLikeName(name) ? accept(name) : null;
    }

    /** The name on the line at {@code index}; with {@code needsAddress}, only when an address or e-mail follows it. */
    private String nameLine(int index, boolean needsAddress) {
        if (index >= sentences.size()) {
            return null;
        }
        String line = sentences.get(index).text();
        // a heading is the name as a whole ("X - Verein für Y"): an address line's dash does not end it there
        String name = sentences.get(index).heading() && !line.matches(".*\\d.*") && looksLikeName(line.strip())
                ? line.strip() : cut(line);
        if (name == null || line.strip().endsWith(":") || name.split("\\s+").length > MAX_NAME_WORDS || !looksLikeName(name)) {
            return null;
        }
        if (needsAddress) {
            boolean address = false;
            for (int j = index; j < Math.min(sentences.size(), index + 3) && !address; j++) {
                String x = j == index ? line.substring(Math.min(line.length(), name.length())) : sentences.get(j).text();
                address = ControllerFinder.hasAddress(x) || ADDRESS_LINE.matcher(x).find()
                        || ControllerFinder.EMAIL.matcher(x).find();
            }
            if (!address) {
                return null;
            }
        }
        return accept(name);
    }

    /** "FixMyStreet is run by the charity mySociety": in the opening sentences or about the site itself. */
    private String operator(String t, int index) {
        Matcher cue = NegationScope.first(lex.patterns("operatorCue"), t);
        if (cue == null) {
            return null;
        }
        String before = t.substring(0, cue.start());
        boolean aboutSite = NegationScope.any(lex.patterns("siteSubject"), before);
        if (!aboutSite && (index >= OPENING_SENTENCES || before.strip().split("\\s+").length > 3
                || vendors.isVendorName(before.strip()))) {
            return null;
        }
        String rest = t.substring(cue.end()).strip();
        // "the charity mySociety", "der Firma X": skip up to three lower-case words before the name
        String[] words = rest.split("\\s+", 5);
        int skip = 0;
        while (skip < Math.min(3, words.length - 1) && !words[skip].isEmpty() && Character.isLowerCase(words[skip].charAt(0))
                && !camel(words[skip])) {
            skip++;
        }
        return accept(leadingName(String.join(" ", java.util.Arrays.copyOfRange(words, skip, words.length))));
    }

    /** "This policy describes how X (EMF) processes …": the organisation the policy speaks for, in its opening. */
    private String owner(String t) {
        Matcher cue = NegationScope.first(lex.patterns("ownerCue"), t);
        return cue == null ? null : accept(leadingName(t.substring(cue.end())));
    }

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

    /** "X (\"we\", \"us\")": the capitalised words just before; "wir, die X," / "We, X,": the name after. */
    private String weAlias(String t) {
        for (Pattern p : lex.patterns("weAlias")) {
            Matcher m = p.matcher(t);
            if (!m.find()) {
                continue;
            }
            if (m.start() == 0) {
                return accept(leadingName(t.substring(m.end())));
            }
            String[] words = t.substring(0, m.start()).strip().split("\\s+");
            int from = words.length;
            while (from > 0 && words.length - from < 8 && nameWord(words[from - 1])) {
                from--;
            }
            while (from < words.length && !startsName(words[from])) {
                from++;
            }
            if (from >= words.length) {
                return null;
            }
            // "… represented by its director Jane Doe (\"we\")": the organisation's representative, not the controller
            String before = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, from - 6), from));
            return NegationScope.any(lex.patterns("personContext"), before) ? null
                    : accept(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
        }
        return null;
    }

    /** The leading name of an address line: up to a comma, house number, street, postcode or contact label. */
    static String cut(String raw) {
        String text = ENTITY.matcher(raw).replaceAll(" ").replaceAll("\\s+", " ").strip();
        text = ARTICLE.matcher(FIELD_LABEL.matcher(text).replaceFirst("")).replaceFirst("");
        Matcher end = NAME_END.matcher(text);
        String name = text;
        if (end.find()) {
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

    String accept(String raw) {
        return accept(raw, false);
    }

    /** The name if it is one; a leading article is dropped unless it is part of the name ("Les Amis du Vélo"). */
    String accept(String raw, boolean articleInName) {
        if (raw == null) {
            return null;
        }
        String unquoted = raw.strip().replaceAll("^[\"„“«']+|[\"“”»']+$", "").strip();
        String name = articleInName ? unquoted : ARTICLE.matcher(unquoted).replaceFirst("");
        String bare = articleInName ? ARTICLE.matcher(name).replaceFirst("") : name;
        if (name.length() < 2 || name.length() > 100 || !ThirdPartyNames.plausible(bare)
                || NOT_A_NAME_START.contains(name.split("[\\s,]+")[0].toLowerCase(Locale.ROOT))
                || vendors.isVendorName(name) || name.contains("@") || name.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return name;
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
    private static boolean nameWord(String w) {
        return startsName(w) || connector(w) || ThirdPartyNames.hasLegalForm(w) || w.matches("[dlDL]['’]\\p{Lu}.*");
    }

    private static boolean startsName(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || camel(w));
    }

    /** "mySociety", "eBay": lower case first, a capital inside. */
    private static boolean camel(String w) {
        return w.length() > 2 && Character.isLowerCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isUpperCase);
    }

    private static boolean connector(String w) {
        return CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
    }

    private boolean firstInSection(int index) {
        return index == 0 || sentences.get(index - 1).heading()
                || !sentences.get(index - 1).headingPath().equals(sentences.get(index).headingPath());
    }

    private static Matcher lastMatch(List<Pattern> patterns, String text) {
        Matcher last = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (last == null || m.start() > last.start()) {
                    last = p.matcher(text);
                    last.find(m.start());
                }
            }
        }
        return last;
    }

    /** Whether a line is part of an address written over lines ("60489 Frankfurt", "Hauptstraße 21"). */
    static boolean addressLine(String line) {
        return ADDRESS_LINE.matcher(line).find();
    }

    private static String lastHeading(Sentence s) {
        String path = s.headingPath();
        int at = path.lastIndexOf(" > ");
        return at < 0 ? path : path.substring(at + 3);
    }
}
