package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyDocument.Sentence;
import dev.candor.model.policy.PolicyDocument.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the vendors a policy names: those of the knowledge base by name, alias or legal entity,
 * and third parties it does not know where the policy introduces them as processors, providers or
 * recipients ("provided by X", "Anbieter ist X", "databehandler: X", "X GmbH" in a sentence about
 * disclosure, items of a list of processors, the first column of a table of processors).
 * Examples ("such as X"), authorities, banks, template credits and services the policy says it
 * does not use are left out. One instance per document; it remembers an open list of processors.
 */
final class VendorFinder {
    /** A vendor named in a sentence; {@code vendorId} null and {@code known} false for a third party outside the knowledge base. */
    record Found(String name, String vendorId, boolean entity, boolean known, String written, boolean denied) {
    }

    /** A name before a legal form, "&" or "and" joining its words ("Rope & Anchor Ltd", "Dun and Bradstreet Ltd"). */
    private static final Pattern LEGAL_NAME = Pattern.compile("(?<![\\p{L}\\d])[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*(?:\\s+(?:(?:&|and|und|og|et|en|y)\\s+)?"
            + "[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*){0,3},?\\s+(?:" + ThirdPartyNames.LEGAL_FORM + ")(?![\\p{L}\\d])");
    /** After a name, what ends a list item's name: a comma, a colon, a dash or a parenthesis. */
    private static final Pattern ITEM_NAME_END = Pattern.compile("^\\s*(?:$|[,:(–—]|\\s-\\s|\\.$)");
    private static final int ITEM_MAX = 300;
    /** A definition of a short name for what went before, in each supported language. */
    private static final Pattern DEFINITION = Pattern.compile("\\b(?:im folgenden|nachfolgend|hereinafter(?: referred to as)?|ci-après"
            + "|hierna|en adelante|di seguito|herefter|i det følgende)\\b[\\s:,]*(?:(?:„|\"|“|«)\\s*)?", Lexicon.FLAGS);
    /** After an item's leading name: an optional parenthesis, then a colon ("Nextcloud (own server): …"). */
    private static final Pattern ITEM_LEAD_END = Pattern.compile("\\s*(?:\\([^)]{0,60}\\))?\\s*:");
    /** ", we reserve ...": after a first word, the sentence goes on in lower case. */
    private static final Pattern SENTENCE_GOES_ON = Pattern.compile("\\s*,\\s*\\p{Ll}");
    /** After an item's leading name: the item goes on in lower case ("… on the contact page"). */
    private static final Pattern ITEM_GOES_ON = Pattern.compile("\\s+\\p{Ll}");
    private static final int NO_NAME = -1;
    private static final int REJECTED = -2;
    /** The most further items read after a cue's object. */
    private static final int LIST_MAX = 12;
    /** Between two items: a comma, or a conjunction (group 1) after an optional comma. */
    private static final Pattern LIST_NEXT = Pattern.compile("\\s*(?:,?\\s*\\b(and|or|und|oder|og|eller|et|ou|en|of|y|o|e|&)\\s+|,\\s*)",
            Lexicon.FLAGS);
    /** After an item: a house number or postcode, so the "list" is an address. */
    private static final Pattern DIGIT_NEXT = Pattern.compile("\\s*,?\\s*\\d");
    private final VendorTable table;
    private final NegationScope negations;
    private final List<Pattern> intro;
    /** Cues whose list names third parties only when it also names a known vendor ("third parties … include: A, B, Zendesk"). */
    private final List<Pattern> peerIntro;
    /** Verbs of use, hosting, sending, processing and embedding whose object is a service ("we use X", "hébergé par X"). */
    private final List<Pattern> verbs;
    private final List<Pattern> listIntro;
    private final List<Pattern> processorHeading;
    private final List<Pattern> processorColumn;
    private final List<Pattern> notAVendor;
    /** A known vendor's product named in a heading or a processor table ("Firebase Crashlytics"). */
    private final VendorProducts products;
    private final List<Pattern> notVendorContext;
    /** The provider field of a service's item ("; Dienstanbieter:"), after which the company behind it is named. */
    private final List<Pattern> providerField;
    private final List<Pattern> recipientContext;
    private final MentionContext context;
    /** The section of the sentence that opened a list of processors ("operated by the following companies:"), while in it. */
    private String openList;
    /** Capitalised words that are nouns, not names: sentence openers, German nouns. */
    private final CommonNouns nouns;

    /**
     * @param commonWords words the document also writes in lower case ("kommuner", "speicherplatz"):
     *     a capitalised one of them alone is a noun at a sentence start or a German noun, not a name
     */
    VendorFinder(VendorTable table, Lexicon lex, NegationScope negations, Set<String> commonWords, boolean germanNouns) {
        this.nouns = new CommonNouns(commonWords, germanNouns);
        this.table = table;
        this.negations = negations;
        this.intro = lex.patterns("vendorIntro");
        this.peerIntro = lex.patterns("vendorPeerIntro");
        this.verbs = lex.patterns("vendorVerb");
        this.listIntro = lex.patterns("vendorListIntro");
        this.processorHeading = lex.patterns("processorHeading");
        this.processorColumn = lex.patterns("processorColumn");
        this.notAVendor = lex.patterns("notAVendor");
        this.products = new VendorProducts(lex);
        this.notVendorContext = lex.patterns("notVendorContext");
        this.providerField = lex.patterns("providerField");
        this.recipientContext = lex.patterns("recipientContext");
        this.context = new MentionContext(lex);
    }

    /** The vendors a sentence names, in text order. */
    List<Found> find(Sentence s) {
        String t = s.text();
        List<Found> out = new ArrayList<>();
        List<int[]> known = new ArrayList<>();
        int listEnd = -1;
        boolean listExample = false;
        boolean listDenied = false;
        List<VendorTable.Hit> hits = table.find(t);
        List<VendorTable.Hit> headed = hits.isEmpty() || s.heading() ? List.of() : table.find(SectionTopics.innermost(s.headingPath()));
        boolean[] closedAsExamples = context.closedAsExamples(t, hits);
        for (int i = 0; i < hits.size(); i++) {
            VendorTable.Hit h = hits.get(i);
            int end = h.start() + h.alias().length();
            if (shorthand(h, headed)) {
                continue; // "Twitter" in the section "Twitter Ads": the product of the heading, named short
            }
            known.add(new int[] {h.start(), end});
            // "such as X, Y or Z", "we do not use X, Y or Z": the items of one list share its cue
            boolean listed = listEnd >= 0 && MentionContext.LIST_JOIN.matcher(t.substring(listEnd, h.start())).matches();
            // "ads on Facebook and Instagram": a social network named as the place ads appear, like an example
            boolean example = listed && listExample || closedAsExamples[i] || context.exampleBefore(t, h.start())
                    || table.isSocial(h.vendorId()) && context.adPlace(t, h.start(), end);
            boolean denied = listed && listDenied || negations.denied(t, h.start(), end) || context.notUsedAfter(t, end);
            listEnd = end;
            listExample = example;
            listDenied = denied;
            if (example && !denied) {
                continue; // an example is no vendor of the site's; a later plain mention names it
            }
            String product = s.heading() ? products.productAt(t, h) : null;
            out.add(product != null ? new Found(product, h.vendorId(), false, true, product, denied)
                    : new Found(h.vendor(), h.vendorId(), h.entity(), true, h.alias(), denied));
        }
        boolean inList = s.headingPath().equals(openList);
        if (!s.heading()) {
            // "the following processors", or any sentence about processors or recipients that ends in a colon
            boolean opens = NegationScope.any(listIntro, t) || t.strip().endsWith(":") && NegationScope.any(processorHeading, t);
            openList = opens ? s.headingPath() : inList ? openList : null;
        }
        if (s.heading() || NegationScope.any(notVendorContext, t)) {
            return out;
        }
        List<String> unknown = new ArrayList<>();
        // "Lexoffice: accounting software; service provider: Haufe Service Center GmbH, …": the item names the
        // service, the provider field names the company behind it, which is no vendor of its own
        int providerAt = itemProvider(t);
        if (providerAt >= 0) {
            candidate(t, 0, known, unknown);
        }
        for (Pattern p : intro) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                // "Google Cloud Platform: …": cue words inside a known product's name introduce nothing
                int cueStart = m.start();
                int[] around = knownFrom(known, cueStart);
                boolean inName = around != null && cueStart < around[1];
                if ((providerAt < 0 || m.end() < providerAt) && !inName) {
                    candidates(t, m.end(), known, unknown);
                }
            }
        }
        for (Pattern p : peerIntro) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                // "include: Name, Email Address" lists data; a known vendor among the items makes it a list of companies
                int cueEnd = m.end();
                if (known.stream().anyMatch(k -> k[0] >= cueEnd)) {
                    candidates(t, cueEnd, known, unknown, true);
                }
            }
        }
        for (Pattern p : verbs) {
            if (!RequiredLiteral.mayMatch(p, t)) {
                continue;
            }
            Matcher m = p.matcher(t);
            while (m.find()) {
                String name = ThirdPartyNames.nameAt(t, skipOpening(t, m.end()));
                // the object of a verb of use: a single plain word only where it cannot be a common noun
                if (name != null && !nouns.mayBeNounAfterVerb(name) && !plainPhrase(name)) {
                    candidates(t, m.end(), known, unknown);
                }
            }
        }
        boolean disclosure = NegationScope.any(recipientContext, t) || NegationScope.any(intro, t)
                || NegationScope.any(verbs, t)
                || NegationScope.any(processorHeading, s.headingPath());
        if (disclosure) {
            Matcher m = LEGAL_NAME.matcher(t);
            while (m.find()) {
                if ((providerAt < 0 || m.start() < providerAt) && !context.placeFirst(m.group())) {
                    candidate(t, m.start(), known, unknown);
                }
            }
        }
        // an item of a list of processors: the name it starts with
        boolean processorSection = inList || NegationScope.any(processorHeading, SectionTopics.innermost(s.headingPath()));
        if (processorSection && t.length() <= ITEM_MAX) {
            String name = ThirdPartyNames.nameAt(t, 0);
            String rest = name == null || t.indexOf(name) < 0 ? "" : t.substring(Math.min(t.length(), t.indexOf(name) + name.length()));
            // "However, we ...": a plain word before a comma opens a sentence; an item's name stands before a colon or dash
            boolean opener = name != null && ThirdPartyNames.plainWord(name) && SENTENCE_GOES_ON.matcher(rest).lookingAt();
            if (name != null && t.indexOf(name) >= 0 && !opener && (ITEM_NAME_END.matcher(rest).find() || namedItem(name, rest))) {
                candidate(t, t.indexOf(name), known, unknown);
            }
        }
        for (String n : unknown) {
            // "CANVA", "Rocket Science Group, LLC": a knowledge-base name in other capitals or punctuation
            VendorTable.Hit loose = table.findLoosely(n);
            out.add(loose != null ? new Found(loose.vendor(), loose.vendorId(), loose.entity(), true, n, false)
                    : new Found(n, null, false, false, n, false));
        }
        return out;
    }

    /**
     * The third parties in the first column of a table of processors (not a cookie table): names the knowledge base
     * does not know, and products of vendors it knows ("Firebase Crashlytics"); the vendors themselves are found in
     * the row's text.
     */
    List<Found> tableNames(Table t) {
        if (t.header().isEmpty() || !NegationScope.any(processorColumn, t.header().get(0))) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        for (List<String> row : t.rows()) {
            String cell = row.isEmpty() ? "" : row.get(0).strip();
            String name = cell.length() <= 80 ? ThirdPartyNames.nameAt(cell, 0) : null;
            if (name == null || NegationScope.any(notAVendor, name)) {
                continue;
            }
            List<VendorTable.Hit> hits = table.find(name);
            if (hits.isEmpty()) {
                out.add(new Found(name, null, false, false, name, false));
            } else if (hits.get(0).start() == 0) {
                String product = products.productAt(name, hits.get(0));
                if (product != null) {
                    out.add(new Found(product, hits.get(0).vendorId(), false, true, product, false));
                }
            }
        }
        return out;
    }

    /** A cue's object and, when it opens a list ("powered by A, B, C and D"), the other items of that list. */
    private void candidates(String t, int at, List<int[]> known, List<String> out) {
        candidates(t, at, known, out, false);
    }

    /** @param peers whether the list is known to name companies, so it need not close with a conjunction */
    private void candidates(String t, int at, List<int[]> known, List<String> out, boolean peers) {
        int end = candidate(t, at, known, out);
        if (end < 0) {
            return;
        }
        // the items are taken only when a conjunction closes the list: "X, Street 4, Town" is an address
        List<String> items = new ArrayList<>();
        boolean closed = false;
        for (int n = 0; n < LIST_MAX && end < t.length(); n++) {
            Matcher j = LIST_NEXT.matcher(t).region(end, t.length());
            if (!j.lookingAt()) {
                break;
            }
            closed |= j.group(1) != null;
            int next = j.end();
            int[] from = knownFrom(known, next);
            int[] hit = from != null && from[0] == next ? from : null;
            if (hit != null) {
                end = hit[1];
                continue;
            }
            String name = ThirdPartyNames.nameAt(t, next);
            if (name == null || !t.startsWith(name, next)) {
                break;
            }
            // "Stapler and Formcarry" reads as one name; in a list the conjunction separates two items, but not
            // inside a legal name ("Dun and Bradstreet Ltd")
            name = ThirdPartyNames.firstItem(name);
            if (DIGIT_NEXT.matcher(t).region(next + name.length(), t.length()).lookingAt()) {
                break;
            }
            int before = items.size();
            if (candidate(t, next, name, known, items) == REJECTED) {
                break;
            }
            end = next + name.length();
            if (items.size() == before && closed) {
                break;
            }
        }
        if (closed || peers) {
            items.stream().filter(n -> !out.contains(n)).forEach(out::add);
        }
    }

    /**
     * Adds the name at {@code at} if it is a third party's. Returns where the name ends, {@link #REJECTED} when it is
     * an example or denied (so is the rest of its list), or {@link #NO_NAME}.
     */
    private int candidate(String t, int at, List<int[]> known, List<String> out) {
        String name = ThirdPartyNames.nameAt(t, skipOpening(t, at));
        // "Smith and Jones Ltd and Acme Research": a legal name ends at its legal form
        return candidate(t, at, name == null ? null : ThirdPartyNames.legalNameBefore(name), known, out);
    }

    private int candidate(String t, int at, String name, List<int[]> known, List<String> out) {
        if (name == null) {
            return NO_NAME;
        }
        int start = t.indexOf(name, Math.max(0, at));
        if (start < 0) {
            return NO_NAME; // the name as normalised is not in the text as written: nothing to quote
        }
        int end = start + name.length();
        for (int[] k : known) {
            if (start < k[1] && end > k[0]) {
                return Math.max(end, k[1]);
            }
        }
        if (context.exampleBefore(t, start) || negations.denied(t, start, end) || context.notUsedAfter(t, end)) {
            return REJECTED;
        }
        if (nouns.isNoun(name)) {
            return end;
        }
        if (definesKnown(t, end, known)) {
            return end; // "René Muster, street, town (hereinafter: Brand)": the holder of a brand the knowledge base knows
        }
        if (NegationScope.any(notAVendor, name) || context.personOrPlace(t, start, name) || !table.find(name).isEmpty()
                || out.contains(name)) {
            return end;
        }
        out.add(name);
        return end;
    }

    /**
     * Where a provider field ("; Dienstanbieter:", "; Service provider:") starts in an item that opens with a
     * service's name and a colon, or -1.
     */
    private int itemProvider(String t) {
        Matcher f = NegationScope.first(providerField, t);
        if (f == null) {
            return -1;
        }
        String lead = ThirdPartyNames.nameAt(t, 0);
        if (lead == null || !t.startsWith(lead)) {
            return -1;
        }
        return ITEM_LEAD_END.matcher(t.substring(lead.length())).lookingAt() && lead.length() < f.start() ? f.start() : -1;
    }

    /** Whether a definition after the name ("(im Folgenden: X)", "(hereinafter X)") names a known vendor. */
    private boolean definesKnown(String t, int end, List<int[]> known) {
        Matcher m = DEFINITION.matcher(t).region(end, Math.min(t.length(), end + 120));
        if (!m.find()) {
            return false;
        }
        int at = skipOpening(t, m.end());
        int[] from = knownFrom(known, at);
        return from != null && from[0] == at;
    }

    /** The last known name starting at or before {@code at} (the names are in text order), or null. */
    private static int[] knownFrom(List<int[]> known, int at) {
        int lo = 0;
        int hi = known.size() - 1;
        int[] found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (known.get(mid)[0] <= at) {
                found = known.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Skips an opening parenthesis or quote between the cue and the name ("service ([Xero](…))"). */
    private static int skipOpening(String t, int at) {
        int i = at;
        while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || "([\"„“«:".indexOf(t.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /**
     * "Anna Berg", "Email and Phone": two or more plain capitalised words without a legal form are as often a
     * person or generic nouns as a brand; after a verb of use they are dropped (a missed vendor is harmless).
     */
    private static boolean plainPhrase(String name) {
        String[] words = name.split("\\s+");
        return words.length >= 2 && !ThirdPartyNames.hasLegalForm(name)
                && java.util.Arrays.stream(words).allMatch(w -> w.matches("\\p{Lu}\\p{Ll}+|\\p{Ll}{1,3}|&"));
    }

    /**
     * "- **Acme Maps** on the contact page": an item that opens with a name of several words, none of them a word
     * the document writes in lower case, and goes on in lower case names that service.
     */
    private boolean namedItem(String name, String rest) {
        return name.contains(" ") && !nouns.capitalisesNouns() && !nouns.hasCommonWord(name) && !nouns.isNoun(name) && ITEM_GOES_ON.matcher(rest).lookingAt();
    }

    /** Whether a known name is the start of another vendor's product named by the section heading ("Twitter", "Twitter Ads"). */
    private static boolean shorthand(VendorTable.Hit h, List<VendorTable.Hit> headed) {
        return headed.stream().anyMatch(p -> p.alias().startsWith(h.alias() + " ") && p.vendorId() != null
                && !p.vendorId().equals(h.vendorId()));
    }
}
