package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.List;
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
    /** "(\"the Club\", \"we\")", "(nachfolgend „wir“)": an alias in brackets, not part of the name. */
    private static final Pattern ALIAS_BRACKETS = Pattern.compile("\\s*\\([^()]{0,60}?[\"“”'‘’„«]\\s*(?:we|us|our|wir|uns"
            + "|vi|os|nous|wij|ons|noi|nosotros)\\b[^()]{0,40}\\)", Lexicon.FLAGS);
    /** A section number before a heading's words ("1. Wer ist verantwortlich?"). */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.\\s+(?=\\p{L})");

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
            if (name == null && term == null && !s.heading() && NegationScope.any(lex.patterns("controllerTerm"), SectionTopics.innermost(s.headingPath()))
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
                NameShape.ARTICLE.matcher(before.substring(0, copula.start()).strip()).replaceFirst("")).replaceAll("").strip());
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
        String cut = NameShape.cut(subject);
        if (cut != null && cut.length() > comma) {
            return cut; // "Academia X, S.L."
        }
        String rest = subject.substring(comma + 1).strip();
        boolean appended = !rest.isEmpty() && (Character.isLowerCase(rest.charAt(0)) || ControllerFinder.hasAddress(rest)
                || NameShape.ADDRESS_LINE.matcher(rest).find());
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
        Matcher descriptor = NameShape.DESCRIPTOR.matcher(NameShape.ARTICLE.matcher(rest).replaceFirst(""));
        if (descriptor.lookingAt()) {
            // "l'association Les Amis du Vélo": after the descriptor, an article belongs to the name
            String described = descriptor.replaceFirst("");
            Matcher article = NameShape.CAPITAL_ARTICLE.matcher(described);
            String lead = article.lookingAt() ? article.group() : "";
            String cutName = NameShape.cut(described.substring(lead.length()));
            String named = cutName == null ? null : lead + cutName;
            return named != null && NameShape.looksLikeName(named) ? accept(named, true) : null;
        }
        if (rest.isEmpty()) {
            return nameLine(index + 1, false);
        }
        String name = NameShape.cut(rest);
        return name != null && NameShape.looksLikeName(name) ? accept(name) : null;
    }

    /** The name on the line at {@code index}; with {@code needsAddress}, only when an address or e-mail follows it. */
    private String nameLine(int index, boolean needsAddress) {
        if (index >= sentences.size()) {
            return null;
        }
        String line = sentences.get(index).text();
        // a heading is the name as a whole ("X - Verein für Y"): an address line's dash does not end it there
        String name = sentences.get(index).heading() && !line.matches(".*\\d.*") && NameShape.looksLikeName(line.strip())
                ? line.strip() : NameShape.cut(line);
        if (name == null || line.strip().endsWith(":") || name.split("\\s+").length > MAX_NAME_WORDS || !NameShape.looksLikeName(name)) {
            return null;
        }
        if (needsAddress) {
            boolean address = false;
            for (int j = index; j < Math.min(sentences.size(), index + 3) && !address; j++) {
                String x = j == index ? line.substring(Math.min(line.length(), name.length())) : sentences.get(j).text();
                address = ControllerFinder.hasAddress(x) || NameShape.ADDRESS_LINE.matcher(x).find()
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
        if (rest.matches("[:\\s]*")) {
            return nameLine(index + 1, true); // "This website is offered by:" and the name line above the address
        }
        // "the charity mySociety", "der Firma X": skip up to three lower-case words before the name
        String[] words = rest.split("\\s+", 5);
        int skip = 0;
        while (skip < Math.min(3, words.length - 1) && !words[skip].isEmpty() && Character.isLowerCase(words[skip].charAt(0))
                && !NameShape.camel(words[skip])) {
            skip++;
        }
        return accept(NameShape.leadingName(String.join(" ", java.util.Arrays.copyOfRange(words, skip, words.length))));
    }

    /** "This policy describes how X (EMF) processes …": the organisation the policy speaks for, in its opening. */
    private String owner(String t) {
        Matcher cue = NegationScope.first(lex.patterns("ownerCue"), t);
        return cue == null ? null : accept(NameShape.leadingName(t.substring(cue.end())));
    }

    /** "X (\"we\", \"us\")": the capitalised words just before; "wir, die X," / "We, X,": the name after. */
    private String weAlias(String t) {
        for (Pattern p : lex.patterns("weAlias")) {
            Matcher m = p.matcher(t);
            if (!m.find()) {
                continue;
            }
            if (m.start() == 0) {
                return accept(NameShape.leadingName(t.substring(m.end())));
            }
            String[] words = t.substring(0, m.start()).strip().split("\\s+");
            int from = words.length;
            while (from > 0 && words.length - from < 8 && NameShape.nameWord(words[from - 1])) {
                from--;
            }
            while (from < words.length && !NameShape.startsName(words[from])) {
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

    String accept(String raw) {
        return accept(raw, false);
    }

    /** The name if it is one; a leading article is dropped unless it is part of the name ("Les Amis du Vélo"). */
    String accept(String raw, boolean articleInName) {
        if (raw == null) {
            return null;
        }
        String unquoted = SECTION_NUMBER.matcher(raw.strip().replaceAll("^[\"„“«'¿¡]+|[\"“”»']+$", "").strip()).replaceFirst("");
        // "Theison (CVR": a bracket the line cut open is no part of the name
        if (unquoted.indexOf('(') > 0 && unquoted.indexOf(')') < 0) {
            unquoted = unquoted.substring(0, unquoted.indexOf('(')).strip();
        }
        String name = articleInName ? unquoted : NameShape.ARTICLE.matcher(unquoted).replaceFirst("");
        String bare = articleInName ? NameShape.ARTICLE.matcher(name).replaceFirst("") : name;
        if (name.length() < 2 || name.length() > 100 || !ThirdPartyNames.plausible(bare)
                || NegationScope.any(lex.patterns("notANameStart"), name.split("[\\s,]+")[0])
                || vendors.isVendorName(name) || name.contains("@") || name.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return name;
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
}
