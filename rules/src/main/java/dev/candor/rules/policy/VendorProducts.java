package dev.candor.rules.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known vendor's product as a policy names it in the section or table row it gives that product
 * ("4.4 Firebase Crashlytics — …", "AdWords Remarketing (Google Inc.)", "| Firebase Crashlytics | Google … |"),
 * so a label that lists products finds them; the rules match it by its vendor.
 */
final class VendorProducts {
    /** Before a vendor's name that opens a heading or cell: a section number or Markdown emphasis only. */
    private static final Pattern HEADING_LEAD = Pattern.compile("[\\s\\d.#*_]*");
    /** A product's words after a vendor's name, up to the heading's end, a dash, a colon or the provider in brackets. */
    private static final Pattern PRODUCT_TAIL = Pattern.compile("((?:\\s+\\p{L}[\\p{L}-]*){1,3}?)\\s*(\\([^)]{2,60}\\))?\\s*"
            + "(?:$|[—–:*_]|\\s-\\s)");
    /** Words after a vendor's name in a heading that say what the section is about, not which product. */
    private final List<Pattern> notAProductWord;

    VendorProducts(Lexicon lex) {
        this.notAProductWord = lex.patterns("notAProductWord");
    }

    /**
     * "4.4 Firebase Crashlytics — …", "AdWords Remarketing (Google Inc.)": a heading (or a processor table's first
     * cell) that opens with a known vendor's name and goes on with a product's words names that product; or null.
     */
    String productAt(String t, VendorTable.Hit h) {
        if (!HEADING_LEAD.matcher(t.substring(0, h.start())).matches()) {
            return null;
        }
        int end = h.start() + h.alias().length();
        Matcher m = PRODUCT_TAIL.matcher(t).region(end, t.length());
        if (!m.lookingAt()) {
            return null;
        }
        String[] words = m.group(1).strip().split("\\s+");
        boolean lower = false;
        for (String w : words) {
            if (NegationScope.any(notAProductWord, w)) {
                return null;
            }
            lower |= Character.isLowerCase(w.charAt(0));
        }
        // lower-case words ("conversion tracking") name a product only before its provider in brackets
        if (lower && m.group(2) == null) {
            return null;
        }
        return t.substring(h.start(), m.end(1));
    }
}
