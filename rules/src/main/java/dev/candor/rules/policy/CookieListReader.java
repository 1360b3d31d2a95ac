package dev.candor.rules.policy;

import dev.candor.model.policy.DeclaredCookie;
import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cookie declarations written as list items rather than a table, in a section about cookies:
 * {@code "_ga – Google Analytics; unterscheidet Besucher; 13 Monate"}. An item counts only when
 * it starts with cookie-like names (an underscore, a digit, or capitals inside the word) followed
 * by a dash or colon, and states a duration, so ordinary prose is never taken for a cookie list.
 */
final class CookieListReader {

    private static final String NAME = "[A-Za-z_][\\w.\\-*<>\\[\\]]*";
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*(" + NAME + "(?:\\s*,\\s*" + NAME + ")*)\\s*(?:[–—:]|\\s-\\s)\\s*(.+)$");
    private static final Pattern COOKIE_LIKE = Pattern.compile(".*(?:_|\\d|[a-z][A-Z]|^[A-Z]{3,}$).*");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:;|\\s[–—-]\\s|\\|)\\s*");

    private CookieListReader() {}

    static Optional<DeclaredCookie> read(Sentence s, String language) {
        if (s.heading() || !s.headingPath().toLowerCase(Locale.ROOT).contains("cookie")) {
            return Optional.empty();
        }
        Matcher m = ITEM.matcher(s.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String names = m.group(1);
        for (String n : names.split("\\s*,\\s*")) {
            if (!COOKIE_LIKE.matcher(n).matches()) {
                return Optional.empty();
            }
        }
        String[] parts = PARTS.split(m.group(2).strip());
        DurationParser.Duration d = null;
        int at = parts.length - 1;
        for (; at >= 0 && d == null; at--) {
            d = DurationParser.parseCell(parts[at], language);
        }
        if (d == null) {
            return Optional.empty();
        }
        String provider = parts.length >= 3 ? parts[0] : null;
        String purpose = parts.length >= 3 ? parts[1] : parts.length == 2 ? parts[0] : null;
        return Optional.of(new DeclaredCookie(names, provider, purpose, parts[at + 1], d.seconds(), s.text()));
    }
}
