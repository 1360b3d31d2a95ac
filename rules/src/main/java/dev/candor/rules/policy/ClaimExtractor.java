package dev.candor.rules.policy;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.Claim;
import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.ConsentModel;
import dev.candor.model.policy.ConsentModelKind;
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
import dev.candor.model.policy.RetentionPeriod;
import dev.candor.model.policy.Safeguard;
import dev.candor.model.policy.Technology;
import dev.candor.model.policy.Transfer;
import dev.candor.model.policy.VendorMention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link PolicyDocument} into a {@link PolicyAnalysis}: one pass over the sentences with
 * the lexicon of the document's language, then the Art. 13 statuses from what was found.
 * One instance per document; not thread-safe.
 */
final class ClaimExtractor {
    private static final int RETENTION_WINDOW = 80;
    /** Shorter than this, a sentence naming a basis is a list item ("Comply with a legal obligation"). */
    private static final int BASIS_MIN_WORDS = 6;
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}]{2,}");

    private final PolicyDocument doc;
    private final Lexicon lex;
    private final String lang;
    private final VendorTable vendors;
    private final List<Denial> denials = new ArrayList<>();

    private final List<Claim> claims = new ArrayList<>();
    private final Map<Art13Element, Set<String>> evidence = new EnumMap<>(Art13Element.class);
    private final Map<String, VendorMention> vendorMentions = new LinkedHashMap<>();
    private final Set<DataSubjectRight> rights = EnumSet.noneOf(DataSubjectRight.class);
    private final Set<CookieCategory> categories = EnumSet.noneOf(CookieCategory.class);
    private final Set<Technology> technologies = EnumSet.noneOf(Technology.class);
    private final List<RetentionPeriod> retention = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<DeclaredCookie> declared = new ArrayList<>();
    private final Map<ConsentModelKind, List<String>> consent = new EnumMap<>(ConsentModelKind.class);
    /** Sentences offering browser settings as the way to refuse cookies. */
    private final List<Sentence> browserRefusals = new ArrayList<>();
    private String lastUpdated;
    private boolean purposes;
    private boolean basisStrong;
    private boolean basisWeak;
    /** The kinds of basis worded outside the rights section ("a", "f"): two or more cover more than one purpose. */
    private final Set<String> basisKinds = new TreeSet<>();
    private boolean basisVague;
    private boolean recipientSpecific;
    private boolean recipientGeneric;
    private boolean retentionStated;
    private boolean withdraw;
    private boolean withdrawPartial;
    private boolean complaint;
    private boolean dpoMentioned;
    private boolean noTransfer;
    private Contact dpo;
    /** The section of the last rights sentence that introduced a list with a colon, if still in it. */
    private String rightsListSection;
    /** The same for a sentence that introduced a list of recipients. */
    private String recipientListSection;

    private final List<Pattern> pLastUpdated;
    private final List<Pattern> pRightsContext;
    private final Map<String, List<Pattern>> pRights;
    private final Map<String, List<Pattern>> pCategories;
    private final Map<String, List<Pattern>> pTechnologies;
    private final Map<String, List<Pattern>> pConsent;
    private final Map<String, List<Pattern>> pSafeguards;
    private final Map<String, List<Pattern>> pCountries;
    private final Map<String, List<Pattern>> pBasis;
    private final NegationScope negations;
    private final VendorFinder vendorFinder;

    ClaimExtractor(PolicyDocument doc, VendorTable vendors) {
        this.doc = doc;
        this.vendors = vendors;
        this.lang = doc.language();
        this.lex = Lexicon.of(lang);
        pLastUpdated = lex.patterns("lastUpdated");
        pRightsContext = lex.patterns("rightsContext");
        pRights = lex.keyed("rights");
        pCategories = lex.keyed("categories");
        pTechnologies = lex.keyed("technologies");
        pConsent = lex.keyed("consent");
        pSafeguards = lex.keyed("safeguards");
        pCountries = lex.keyed("countries");
        pBasis = lex.keyed("basisWording");
        negations = new NegationScope(lex);
        vendorFinder = new VendorFinder(vendors, lex, negations, lowerCaseWords(doc.text()), "de".equals(lang));
    }

    PolicyAnalysis analyse(List<String> problems) {
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            lastUpdated(s);
            vendors(s);
            rights(s);
            simple(s);
            legalBasis(s);
            recipients(s);
            transfers(s, i);
            retention(s);
            categoriesAndTechnologies(s.text(), s);
            consent(s);
            dpo(s, i);
            CookieListReader.read(s, lang).ifPresent(c -> declare(c, s));
        }
        for (Table t : doc.tables()) {
            cookieTable(t);
            Sentence at = new Sentence(String.join(" | ", t.header()), t.offset(), t.headingPath(), false);
            vendorFinder.tableNames(t).forEach(n -> mention(new VendorFinder.Found(n, null, false, false, n, false), at));
        }
        ControllerFinder.Found found = new ControllerFinder(doc, lex, vendors).find();
        Controller controller = found.controller();
        if (found.nameSentence() != null) {
            claim(ClaimType.CONTROLLER, controller.name(), found.nameSentence());
            evidence(Art13Element.CONTROLLER_CONTACT, found.nameSentence());
        }
        found.contactSentences().forEach(x -> evidence(Art13Element.CONTROLLER_CONTACT, x));
        // the site's own organisation is not a third party
        Set<String> own = new java.util.HashSet<>();
        String ownName = controller.name() == null ? null : controller.name().toLowerCase(Locale.ROOT);
        vendorMentions.values().removeIf(v -> !v.known() && ownName != null
                && (ownName.contains(v.name().toLowerCase(Locale.ROOT)) || v.name().toLowerCase(Locale.ROOT).contains(ownName))
                && own.add(v.name()));
        claims.removeIf(c -> c.type() == ClaimType.VENDOR && own.contains(c.value()));
        Map<Art13Element, Art13Status> art13 = assess(controller);
        if (found.imprintOnly() && art13.get(Art13Element.CONTROLLER_CONTACT) != Art13Status.PRESENT) {
            // "the controller is named in our imprint": a pointer, not the identity
            art13.put(Art13Element.CONTROLLER_CONTACT, Art13Status.VAGUE);
        } else if (found.onlyMentioned() && !controller.postalAddress()) {
            // a brand the policy speaks for, with an e-mail but neither designation nor address, identifies no one
            art13.put(Art13Element.CONTROLLER_CONTACT, Art13Status.PARTIAL);
        }
        Map<Art13Element, List<String>> ev = new LinkedHashMap<>();
        evidence.forEach((k, v) -> ev.put(k, v.stream().limit(6).toList()));
        return new PolicyAnalysis(doc.source(), lang, lastUpdated, controller, dpo, art13, ev,
                List.copyOf(vendorMentions.values()), List.copyOf(rights), List.copyOf(categories),
                List.copyOf(technologies), declared, retention, transfers, consentModel(), denials, claims, problems,
                ReadStatus.READ);
    }

    /** Every word the text writes in lower case. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
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
                    claim(ClaimType.LAST_UPDATED, lastUpdated, s);
                    return;
                }
            }
        }
    }

    private void vendors(Sentence s) {
        for (VendorFinder.Found f : vendorFinder.find(s)) {
            if (f.denied()) {
                deny(Denial.Kind.VENDOR, f.name(), "vendor:" + f.name(), s);
            } else {
                mention(f, s);
            }
        }
    }

    private void mention(VendorFinder.Found f, Sentence s) {
        if (!vendorMentions.containsKey(f.name())) {
            vendorMentions.put(f.name(), new VendorMention(f.name(), s.text(), f.vendorId(), f.entity(), f.known(),
                    s.headingPath(), s.offset(), f.written()));
            claim(ClaimType.VENDOR, f.name(), s);
            evidence(Art13Element.RECIPIENTS, s);
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
                    claim(ClaimType.RIGHT, r.id(), s);
                }
                evidence(Art13Element.RIGHTS, s);
            }
        }
    }

    private void simple(Sentence s) {
        if (firstPositive(lex.patterns("withdraw"), s.text()) != null) {
            withdraw = true;
            claim(ClaimType.WITHDRAW_CONSENT, "withdraw consent", s);
            evidence(Art13Element.WITHDRAW_CONSENT, s);
        } else if (firstPositive(lex.patterns("withdrawPartial"), s.text()) != null) {
            // "you can unsubscribe at any time" withdraws one consent, not consent as such
            withdrawPartial = true;
            claim(ClaimType.WITHDRAW_CONSENT, "unsubscribe", s);
            evidence(Art13Element.WITHDRAW_CONSENT, s);
        }
        if (firstPositive(lex.patterns("complaint"), s.text()) != null) {
            complaint = true;
            claim(ClaimType.COMPLAINT_AUTHORITY, "supervisory authority", s);
            evidence(Art13Element.COMPLAINT_AUTHORITY, s);
        }
        if (!s.heading() && firstPositive(lex.patterns("purpose"), s.text()) != null) {
            purposes = true;
            claim(ClaimType.PURPOSE, "purpose", s);
            evidence(Art13Element.PURPOSES, s);
        }
    }

    private void legalBasis(Sentence s) {
        String t = s.text();
        Set<String> letters = new TreeSet<>();
        for (Pattern p : lex.patterns("art6")) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                letters.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        boolean conditional = any(lex.patterns("conditional"), t);
        boolean label = any(lex.patterns("legalBasisLabel"), t);
        if (label && !conditional && any(lex.patterns("basisTerms"), t)) {
            letters.add("stated");
        }
        if (!letters.isEmpty()) {
            basisStrong = true;
            for (String l : letters) {
                claim(ClaimType.LEGAL_BASIS, l.equals("stated") ? "stated" : "art-6-1-" + l, s);
            }
            evidence(Art13Element.LEGAL_BASIS, s);
            return;
        }
        boolean weak = false;
        for (Map.Entry<String, List<Pattern>> e : pBasis.entrySet()) {
            if (firstPositive(e.getValue(), t) != null) {
                basisWeak = weak = true;
                // "you may object to processing based on legitimate interests" names a basis, not ours;
                // "we may share data with your consent" a reason to disclose; a list item a purpose
                if (!any(pRightsContext, t) && !any(pRightsContext, s.headingPath())
                        && !any(lex.patterns("recipientContext"), t) && t.split("\\s+").length >= BASIS_MIN_WORDS) {
                    basisKinds.add(e.getKey());
                }
                claim(ClaimType.LEGAL_BASIS, "wording-" + e.getKey(), s);
                evidence(Art13Element.LEGAL_BASIS, s);
            }
        }
        if (!weak && firstPositive(lex.patterns("basisVague"), t) != null) {
            basisVague = true;
            claim(ClaimType.LEGAL_BASIS, "vague: the law", s);
            evidence(Art13Element.LEGAL_BASIS, s);
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
            claim(ClaimType.RECIPIENT, spec.group().toLowerCase(Locale.ROOT), s);
            evidence(Art13Element.RECIPIENTS, s);
        }
        Matcher gen = firstPositive(lex.patterns("recipientGeneric"), t);
        if (gen != null) {
            recipientGeneric = true;
            claim(ClaimType.RECIPIENT, "vague:" + gen.group().toLowerCase(Locale.ROOT), s);
            evidence(Art13Element.RECIPIENTS, s);
        }
    }

    private void transfers(Sentence s, int index) {
        String t = s.text();
        Matcher cue = first(lex.patterns("transfer"), t);
        if (cue == null) {
            return;
        }
        boolean negated = negations.negatedAt(t, cue.start());
        List<String> countries = new ArrayList<>();
        for (Map.Entry<String, List<Pattern>> c : pCountries.entrySet()) {
            if (any(c.getValue(), t)) {
                countries.add(c.getKey());
            }
        }
        if (countries.isEmpty()) {
            countries.add(cue.group());
        }
        Safeguard sg = safeguard(t);
        if (sg == Safeguard.NONE_NAMED) {
            // The safeguard is often the next sentence or elsewhere in the same section.
            List<Sentence> all = doc.sentences();
            for (int j = Math.max(0, index - 3); j < Math.min(all.size(), index + 4) && sg == Safeguard.NONE_NAMED; j++) {
                if (all.get(j).headingPath().equals(s.headingPath())) {
                    sg = safeguard(all.get(j).text());
                }
            }
        }
        if (negated) {
            noTransfer = true;
            deny(Denial.Kind.TRANSFER, "outside-eea", null, s);
        } else {
            transfers.add(new Transfer(countries, sg, t));
        }
        claim(negated ? ClaimType.NEGATED : ClaimType.TRANSFER, (negated ? "no transfer " : "") + String.join(", ", countries)
                + " / " + sg.id(), s);
        evidence(Art13Element.TRANSFERS, s);
    }

    private Safeguard safeguard(String t) {
        for (Safeguard sg : List.of(Safeguard.DPF, Safeguard.SCC, Safeguard.ADEQUACY)) {
            if (any(pSafeguards.getOrDefault(sg.id(), List.of()), t)) {
                return sg;
            }
        }
        return Safeguard.NONE_NAMED;
    }

    private void retention(Sentence s) {
        String t = s.text();
        Matcher cue = firstPositive(lex.patterns("retention"), t);
        if (cue == null) {
            return;
        }
        java.util.TreeSet<Integer> cues = new java.util.TreeSet<>();
        for (Pattern p : lex.patterns("retention")) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                cues.add(m.start());
            }
        }
        boolean period = false;
        for (DurationParser.Duration d : DurationParser.find(t, lang)) {
            // A period far from any storage word is usually something else (a reply deadline).
            Integer near = cues.ceiling(d.start() - RETENTION_WINDOW);
            if (near == null || near > d.start() + RETENTION_WINDOW) {
                continue;
            }
            period = true;
            retention.add(new RetentionPeriod(d.text(), d.seconds(), d.session(), t));
            claim(ClaimType.RETENTION, d.session() ? "session" : d.seconds() + "s", s);
        }
        // "Cookies are stored on your device" or "your stored data" says nothing about how long data is kept.
        // Only a statement about how long ("as long as necessary", "until you unsubscribe") is a vague retention.
        String said = NegationScope.blankOut(lex.patterns("retentionNot"), t);
        if (period || firstPositive(lex.patterns("retention"), said) != null && any(lex.patterns("retentionVague"), said)) {
            retentionStated = true;
            evidence(Art13Element.RETENTION, s);
        }
    }

    private void categoriesAndTechnologies(String text, Sentence s) {
        boolean categoryNamed = false;
        for (Map.Entry<String, List<Pattern>> e : pCategories.entrySet()) {
            Matcher m = first(e.getValue(), text);
            if (m == null) {
                continue;
            }
            categoryNamed = true;
            CookieCategory c = CookieCategory.valueOf(e.getKey().toUpperCase(Locale.ROOT));
            if (negations.denied(text, m.start(), m.end()) || negations.negatedAfterUnconditionally(text, m.end())) {
                deny(Denial.Kind.COOKIE_CATEGORY, c.id(), "category:" + c.id(), s);
            } else if (categories.add(c)) {
                claim(ClaimType.COOKIE_CATEGORY, c.id(), s);
            }
        }
        for (Map.Entry<String, List<Pattern>> e : pTechnologies.entrySet()) {
            Matcher m = firstPositive(e.getValue(), text);
            Technology tech = technology(e.getKey());
            if (m != null && technologies.add(tech)) {
                claim(ClaimType.TECHNOLOGY, tech.id(), s);
            } else if (m == null && !categoryNamed && first(e.getValue(), text) != null) {
                // "no marketing cookies" denies a category, not cookies as such
                deny(Denial.Kind.TECHNOLOGY, tech.id(), "technology:" + tech.id(), s);
            }
        }
    }

    private static Technology technology(String id) {
        for (Technology t : Technology.values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private void consent(Sentence s) {
        String t = s.text();
        if (!any(lex.patterns("consentContext"), t)) {
            return;
        }
        for (ConsentModelKind k : ConsentModelKind.values()) {
            for (Pattern p : pConsent.getOrDefault(k.id(), List.of())) {
                Matcher m = p.matcher(t);
                if (m.find() && (selfNegating(p) || !negations.negatedAt(t, m.start()))) {
                    consent.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
                    claim(ClaimType.CONSENT, k.id(), s);
                    break;
                }
            }
        }
        if (firstPositive(lex.patterns("browserRefusal"), t) != null) {
            browserRefusals.add(s);
        }
    }

    private static boolean selfNegating(Pattern p) {
        return p.pattern().matches("(?s).*\\b(not|nicht|ikke|without|ohne|uden|unless|kun|nur|only)\\b.*");
    }

    private ConsentModel consentModel() {
        // Browser settings are the policy's way to refuse only where it asks for no consent of its own.
        if (!browserRefusals.isEmpty() && !consent.containsKey(ConsentModelKind.PRIOR_CONSENT)
                && !consent.containsKey(ConsentModelKind.IMPLIED_BROWSER_SETTINGS)) {
            consent.put(ConsentModelKind.IMPLIED_BROWSER_SETTINGS,
                    browserRefusals.stream().limit(3).map(Sentence::text).toList());
            claim(ClaimType.CONSENT, ConsentModelKind.IMPLIED_BROWSER_SETTINGS.id(), browserRefusals.get(0));
        }
        List<ConsentModelKind> signals = new ArrayList<>(consent.keySet());
        if (signals.isEmpty()) {
            return ConsentModel.noneStated();
        }
        List<String> quotes = new ArrayList<>();
        consent.values().forEach(q -> q.stream().filter(x -> !quotes.contains(x)).forEach(quotes::add));
        return new ConsentModel(signals.get(0), signals, quotes);
    }

    private void dpo(Sentence s, int index) {
        Matcher m = first(lex.patterns("dpo"), s.text());
        if (m == null) {
            return;
        }
        dpoMentioned = true;
        evidence(Art13Element.DPO_CONTACT, s);
        boolean negated = negations.negatedAt(s.text(), m.start()) || negations.negatedAfter(s.text(), m.end());
        if (negated) {
            deny(Denial.Kind.DPO, "appointed", "dpo:not appointed", s);
        } else {
            claim(ClaimType.DPO, "dpo", s);
        }
        if (dpo != null && (dpo.email() != null || dpo.phone() != null)) {
            return;
        }
        String email = null;
        String phone = null;
        List<Sentence> all = doc.sentences();
        for (int j = index; j < Math.min(all.size(), index + 5) && email == null; j++) {
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
                categoriesAndTechnologies(category + " cookies", s);
            }
        }
    }

    /** A cookie the policy lists by name, from a table row or a list item. */
    private void declare(DeclaredCookie c, Sentence s) {
        technologies.add(Technology.COOKIES);
        declared.add(c);
        claim(ClaimType.DECLARED_COOKIE, c.name(), s);
        if (c.durationText() != null) {
            retention.add(new RetentionPeriod(c.durationText(), c.durationSeconds(),
                    c.durationSeconds() != null && c.durationSeconds() == 0, c.quote()));
            retentionStated = true;
            evidence(Art13Element.RETENTION, s);
        }
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
        out.put(Art13Element.LEGAL_BASIS, basisStrong || basisKinds.size() >= 2 ? Art13Status.PRESENT
                : basisWeak ? Art13Status.PARTIAL : basisVague ? Art13Status.VAGUE : Art13Status.MISSING);
        out.put(Art13Element.RECIPIENTS, !vendorMentions.isEmpty() || recipientSpecific ? Art13Status.PRESENT
                : recipientGeneric ? Art13Status.VAGUE : Art13Status.MISSING);
        boolean safeguarded = transfers.stream().anyMatch(t -> t.safeguard() != Safeguard.NONE_NAMED);
        // "We do not transfer data outside the EEA" is complete information too.
        out.put(Art13Element.TRANSFERS, safeguarded ? Art13Status.PRESENT : !transfers.isEmpty() ? Art13Status.VAGUE
                : noTransfer ? Art13Status.PRESENT : Art13Status.MISSING);
        boolean period = retention.stream().anyMatch(r -> r.seconds() != null && r.seconds() > 0);
        out.put(Art13Element.RETENTION, period ? Art13Status.PRESENT
                : retentionStated ? Art13Status.VAGUE : Art13Status.MISSING);
        out.put(Art13Element.RIGHTS, rights.size() == DataSubjectRight.values().length ? Art13Status.PRESENT
                : rights.isEmpty() ? Art13Status.MISSING : Art13Status.PARTIAL);
        out.put(Art13Element.WITHDRAW_CONSENT, withdraw ? Art13Status.PRESENT
                : withdrawPartial ? Art13Status.PARTIAL : Art13Status.MISSING);
        out.put(Art13Element.COMPLAINT_AUTHORITY, complaint ? Art13Status.PRESENT : Art13Status.MISSING);
        return out;
    }

    // ---- matching -----------------------------------------------------------------------------

    /** A typed denial, also kept as a negated claim (unless the caller records its own) so the claim list stays the whole reading. */
    private void deny(Denial.Kind kind, String subject, String claimValue, Sentence s) {
        // "If you click Reject all, no statistics tools run" denies nothing outright: it is a promise
        // about one path, kept as a negated claim but never held against every phase
        if (!any(lex.patterns("conditional"), s.text().strip())) {
            denials.add(new Denial(kind, subject, s.text(), s.headingPath(), s.offset()));
        }
        if (claimValue != null) {
            claim(ClaimType.NEGATED, claimValue, s);
        }
    }

    private void claim(ClaimType type, String value, Sentence s) {
        claims.add(new Claim(type, value, s.text(), s.headingPath(), s.offset()));
    }

    private void evidence(Art13Element e, Sentence s) {
        evidence.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(s.text());
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
