package dev.candor.rules.policy;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.ConsentModel;
import dev.candor.model.policy.Contact;
import dev.candor.model.policy.Controller;
import dev.candor.model.policy.CookieCategory;
import dev.candor.model.policy.DataSubjectRight;
import dev.candor.model.policy.DeclaredCookie;
import dev.candor.model.policy.Denial;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.PolicyDocument;
import dev.candor.model.policy.PolicyDocument.Sentence;
import dev.candor.model.policy.PolicyDocument.Table;
import dev.candor.model.policy.ReadStatus;
import dev.candor.model.policy.Technology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link PolicyDocument} into a {@link PolicyAnalysis}: one pass over the sentences with
 * the lexicon of the document's language, then the Art. 13 statuses from what was found. Legal
 * bases, transfers, retention and the consent model have readers of their own; all write to one
 * {@link ClaimLog}.
 * One instance per document; not thread-safe.
 */
final class ClaimExtractor {
    /** How many headings at the top of a document make its title. */
    private static final int TITLE_LINES = 3;
    /** How many lines from the DPO's mention may hold its contact: a block of name, title, address, phone. */
    private static final int DPO_BLOCK = 10;
    /** How many lines at the top may hold a dateline. */
    private static final int DATELINE_WITHIN = 6;
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}]{2,}");

    private final PolicyDocument doc;
    private final Lexicon lex;
    private final String lang;
    private final VendorTable vendors;

    private final Set<DataSubjectRight> rights = EnumSet.noneOf(DataSubjectRight.class);
    private final List<DeclaredCookie> declared = new ArrayList<>();
    private String lastUpdated;
    private boolean purposes;
    private boolean recipientSpecific;
    private boolean recipientGeneric;
    private boolean withdraw;
    private boolean withdrawPartial;
    private boolean complaint;
    private boolean dpoMentioned;
    private Contact dpo;
    /** The section of the last rights sentence that introduced a list with a colon, if still in it. */
    private String rightsListSection;
    /** The same for a sentence that introduced a list of recipients. */
    private String recipientListSection;

    private final List<Pattern> pLastUpdated;
    private final List<Pattern> pRightsContext;
    private final Map<String, List<Pattern>> pRights;
    private final NegationScope negations;
    private final VendorMentions vendorMentions;
    private final ClaimLog log;
    private final LegalBasisReader legalBases;
    private final TransferReader transferReader;
    private final ConsentReader consentReader;
    private final RetentionReader retentionReader;
    private final CookieCategoryReader cookieKinds;

    ClaimExtractor(PolicyDocument doc, VendorTable vendors) {
        this.doc = doc;
        this.vendors = vendors;
        this.lang = doc.language();
        this.lex = Lexicon.of(lang);
        pLastUpdated = lex.patterns("lastUpdated");
        pRightsContext = lex.patterns("rightsContext");
        pRights = lex.keyed("rights");
        negations = new NegationScope(lex);
        log = new ClaimLog(lex);
        cookieKinds = new CookieCategoryReader(lex, negations, log);
        legalBases = new LegalBasisReader(lex, negations, log);
        transferReader = new TransferReader(doc.sentences(), lex, negations, log);
        consentReader = new ConsentReader(lex, negations, log);
        retentionReader = new RetentionReader(lex, lang, negations, log);
        vendorMentions = new VendorMentions(new VendorFinder(vendors, lex, negations, lowerCaseWords(doc.text()), "de".equals(lang)),
                lex, new SectionTopics(lex), log);
    }

    PolicyAnalysis analyse(List<String> problems) {
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            lastUpdated(s);
            vendorMentions.read(s);
            rights(s);
            simple(s);
            legalBases.read(s);
            recipients(s);
            transferReader.read(s, i);
            retentionReader.read(s);
            cookieKinds.read(s.text(), s);
            consentReader.read(s);
            dpo(s, i);
            CookieListReader.read(s, lang).ifPresent(c -> declare(c, s));
        }
        if (lastUpdated == null) {
            datedLine(sentences);
        }
        for (Table t : doc.tables()) {
            cookieTable(t);
            vendorMentions.table(t);
        }
        ControllerFinder.Found found = new ControllerFinder(doc, lex, vendors).find();
        Controller controller = found.controller();
        if (found.nameSentence() != null) {
            log.claim(ClaimType.CONTROLLER, controller.name(), found.nameSentence());
            log.evidence(Art13Element.CONTROLLER_CONTACT, found.nameSentence());
        }
        found.contactSentences().forEach(x -> log.evidence(Art13Element.CONTROLLER_CONTACT, x));
        // the site's own organisation is not a third party
        // the title is the headings the document opens with ("Tallywise" / "Privacy policy")
        vendorMentions.dropOwn(controller.name(), !found.onlyMentioned(), doc.sentences().stream().limit(TITLE_LINES)
                .takeWhile(Sentence::heading).map(Sentence::text).collect(java.util.stream.Collectors.joining(" ")));
        Map<Art13Element, Art13Status> art13 = assess(controller);
        if (found.imprintOnly() && art13.get(Art13Element.CONTROLLER_CONTACT) != Art13Status.PRESENT) {
            // "the controller is named in our imprint": a pointer, not the identity
            art13.put(Art13Element.CONTROLLER_CONTACT, Art13Status.VAGUE);
        } else if (found.onlyMentioned() && !controller.postalAddress()) {
            // a brand the policy speaks for, with an e-mail but neither designation nor address, identifies no one
            art13.put(Art13Element.CONTROLLER_CONTACT, Art13Status.PARTIAL);
        }
        ConsentModel consentModel = consentReader.model();
        return new PolicyAnalysis(doc.source(), lang, lastUpdated, controller, dpo, art13, log.evidence(),
                vendorMentions.list(), List.copyOf(rights), cookieKinds.categories(),
                cookieKinds.technologies(), declared, retentionReader.periods(), transferReader.transfers(), consentModel,
                log.denials(), log.claims(), problems, ReadStatus.READ);
    }

    /** Every word the text writes in lower case. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) {
            if (!inAddress(text, m.start(), m.end())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * "https://lexoffice.de", "info@dropbox.com", "neon.tech": a word joined to a web or e-mail address by a dot,
     * slash or at sign is a name written in lower case, not a common word. Looks at the neighbours only, so the
     * whole text is scanned once.
     */
    private static boolean inAddress(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        boolean dotted = after == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1));
        return before == '.' || before == '/' || before == '@' || after == '@' || dotted;
    }

    // ---- extractors -------------------------------------------------------------------------

    private void lastUpdated(Sentence s) {
        if (lastUpdated != null) {
            return;
        }
        for (Pattern p : pLastUpdated) {
            Matcher m = p.matcher(s.text());
            if (m.find()) {
                String after = s.text().substring(m.start(), Math.min(s.text().length(), m.end() + 60));
                var date = DateFinder.first(after);
                if (date.isPresent()) {
                    lastUpdated = date.get();
                    log.claim(ClaimType.LAST_UPDATED, lastUpdated, s);
                    return;
                }
            }
        }
    }

    /** Without a cue, a letter's dateline near the top ("Madrid, 24 de mayo de 2018") dates the policy. */
    private void datedLine(List<Sentence> sentences) {
        for (int i = 0; i < Math.min(sentences.size(), DATELINE_WITHIN); i++) {
            var date = DateFinder.dateline(sentences.get(i).text());
            if (date.isPresent()) {
                lastUpdated = date.get();
                log.claim(ClaimType.LAST_UPDATED, lastUpdated, sentences.get(i));
                return;
            }
        }
    }

    private void rights(Sentence s) {
        boolean own = any(pRightsContext, s.text());
        // "You have the right to:" followed by one item per right: the items inherit the context.
        boolean listed = s.headingPath().equals(rightsListSection);
        rightsListSection = own && s.text().strip().endsWith(":") ? s.headingPath() : listed ? rightsListSection : null;
        if (!own && !listed && !any(pRightsContext, s.headingPath())) {
            return;
        }
        for (Map.Entry<String, List<Pattern>> e : pRights.entrySet()) {
            Matcher m = firstPositive(e.getValue(), s.text());
            if (m != null) {
                DataSubjectRight r = DataSubjectRight.valueOf(e.getKey().toUpperCase(Locale.ROOT));
                if (rights.add(r)) {
                    log.claim(ClaimType.RIGHT, r.id(), s);
                }
                log.evidence(Art13Element.RIGHTS, s);
            }
        }
    }

    private void simple(Sentence s) {
        if (firstPositive(lex.patterns("withdraw"), s.text()) != null) {
            withdraw = true;
            log.claim(ClaimType.WITHDRAW_CONSENT, "withdraw consent", s);
            log.evidence(Art13Element.WITHDRAW_CONSENT, s);
        } else if (firstPositive(lex.patterns("withdrawPartial"), s.text()) != null) {
            // "you can unsubscribe at any time" withdraws one consent, not consent as such
            withdrawPartial = true;
            log.claim(ClaimType.WITHDRAW_CONSENT, "unsubscribe", s);
            log.evidence(Art13Element.WITHDRAW_CONSENT, s);
        }
        if (firstPositive(lex.patterns("complaint"), s.text()) != null) {
            complaint = true;
            log.claim(ClaimType.COMPLAINT_AUTHORITY, "supervisory authority", s);
            log.evidence(Art13Element.COMPLAINT_AUTHORITY, s);
        }
        if (!s.heading() && firstPositive(lex.patterns("purpose"), s.text()) != null) {
            purposes = true;
            log.claim(ClaimType.PURPOSE, "purpose", s);
            log.evidence(Art13Element.PURPOSES, s);
        }
    }

    private void recipients(Sentence s) {
        String t = s.text();
        boolean own = any(lex.patterns("recipientContext"), t);
        // "… to the following categories of recipients:" followed by one item per recipient: the items inherit it
        boolean listed = s.headingPath().equals(recipientListSection);
        recipientListSection = own && t.strip().endsWith(":") ? s.headingPath() : listed ? recipientListSection : null;
        if (!own && !listed) {
            return;
        }
        Matcher spec = firstPositive(lex.patterns("recipientSpecific"), t);
        if (spec != null) {
            recipientSpecific = true;
            log.claim(ClaimType.RECIPIENT, spec.group().toLowerCase(Locale.ROOT), s);
            log.evidence(Art13Element.RECIPIENTS, s);
        }
        Matcher gen = firstPositive(lex.patterns("recipientGeneric"), t);
        if (gen != null) {
            recipientGeneric = true;
            log.claim(ClaimType.RECIPIENT, "vague:" + gen.group().toLowerCase(Locale.ROOT), s);
            log.evidence(Art13Element.RECIPIENTS, s);
        }
    }

    private void dpo(Sentence s, int index) {
        Matcher m = first(lex.patterns("dpo"), s.text());
        if (m == null) {
            return;
        }
        dpoMentioned = true;
        log.evidence(Art13Element.DPO_CONTACT, s);
        boolean negated = negations.negatedAt(s.text(), m.start()) || negations.negatedAfter(s.text(), m.end());
        if (negated) {
            log.deny(Denial.Kind.DPO, "appointed", "dpo:not appointed", s);
        } else {
            log.claim(ClaimType.DPO, "dpo", s);
        }
        if (dpo != null && (dpo.email() != null || dpo.phone() != null)) {
            return;
        }
        String email = null;
        String phone = null;
        List<Sentence> all = doc.sentences();
        for (int j = index; j < Math.min(all.size(), index + DPO_BLOCK) && email == null; j++) {
            if (j > index && !all.get(j).headingPath().equals(s.headingPath()) && !all.get(j).heading()) {
                break;
            }
            Matcher e = ControllerFinder.EMAIL.matcher(all.get(j).text());
            email = e.find() ? e.group() : null;
            if (phone == null) {
                phone = ControllerFinder.phone(all.get(j).text());
            }
        }
        dpo = negated ? new Contact("not appointed", null, null, s.text()) : new Contact(null, email, phone, s.text());
    }

    private void cookieTable(Table table) {
        List<DeclaredCookie> rows = CookieTableReader.read(table, lang);
        if (rows.isEmpty()) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            DeclaredCookie c = rows.get(i);
            Sentence s = new Sentence(c.quote(), table.offset(), table.headingPath(), false);
            declare(c, s);
            String category = CookieTableReader.category(table, table.rows().get(i));
            if (category != null) {
                cookieKinds.read(category + " cookies", s);
            }
        }
    }

    /** A cookie the policy lists by name, from a table row or a list item. */
    private void declare(DeclaredCookie c, Sentence s) {
        cookieKinds.cookiesDeclared();
        declared.add(c);
        log.claim(ClaimType.DECLARED_COOKIE, c.name(), s);
        retentionReader.declared(c, s);
    }

    // ---- Art. 13 ------------------------------------------------------------------------------

    private Map<Art13Element, Art13Status> assess(Controller c) {
        Map<Art13Element, Art13Status> out = new EnumMap<>(Art13Element.class);
        boolean contact = c.postalAddress() || c.email() != null || c.phone() != null;
        out.put(Art13Element.CONTROLLER_CONTACT, c.name() != null && contact ? Art13Status.PRESENT
                : c.name() != null || contact ? Art13Status.PARTIAL : Art13Status.MISSING);
        out.put(Art13Element.DPO_CONTACT, dpo != null && (dpo.email() != null || dpo.phone() != null
                || "not appointed".equals(dpo.name())) ? Art13Status.PRESENT
                : dpoMentioned ? Art13Status.PARTIAL : Art13Status.MISSING);
        out.put(Art13Element.PURPOSES, purposes ? Art13Status.PRESENT : Art13Status.MISSING);
        out.put(Art13Element.LEGAL_BASIS, legalBases.status());
        out.put(Art13Element.RECIPIENTS, !vendorMentions.isEmpty() || recipientSpecific ? Art13Status.PRESENT
                : recipientGeneric ? Art13Status.VAGUE : Art13Status.MISSING);
        out.put(Art13Element.TRANSFERS, transferReader.status());
        out.put(Art13Element.RETENTION, retentionReader.status());
        out.put(Art13Element.RIGHTS, rights.size() == DataSubjectRight.values().length ? Art13Status.PRESENT
                : rights.isEmpty() ? Art13Status.MISSING : Art13Status.PARTIAL);
        out.put(Art13Element.WITHDRAW_CONSENT, withdraw ? Art13Status.PRESENT
                : withdrawPartial ? Art13Status.PARTIAL : Art13Status.MISSING);
        out.put(Art13Element.COMPLAINT_AUTHORITY, complaint ? Art13Status.PRESENT : Art13Status.MISSING);
        return out;
    }


    private static boolean any(List<Pattern> patterns, String text) {
        return NegationScope.any(patterns, text);
    }

    private static Matcher first(List<Pattern> patterns, String text) {
        return NegationScope.first(patterns, text);
    }

    private Matcher firstPositive(List<Pattern> patterns, String text) {
        return negations.firstPositive(patterns, text);
    }
}
