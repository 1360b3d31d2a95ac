package dev.candor.rules.checks;

import dev.candor.model.policy.DeclaredCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cookies a policy lists by name, as patterns: one table cell may hold several names
 * ({@code _ga, _ga_<id>}), and placeholders ({@code <id>}, {@code [id]}, {@code {id}}, {@code *},
 * {@code XXXX}, {@code #}) stand for any text.
 */
final class DeclaredCookies {

    private record Entry(Pattern pattern, DeclaredCookie declared) {}

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;/]|\\s(?:or|and|oder|und|eller|og|ou|et|of|en)\\s)\\s*|\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^>]*>|\\[[^\\]]*]|\\{[^}]*}|\\*|X{2,}|x{3,}|#+|\\.\\.\\.|…");

    private final List<Entry> entries = new ArrayList<>();

    DeclaredCookies(List<DeclaredCookie> declared) {
        for (DeclaredCookie d : declared) {
            for (String token : SEPARATORS.split(d.name().strip())) {
                String t = token.replaceAll("^[\"'`„“”‚‘’(]+|[\"'`„“”‚‘’):.]+$", "");
                if (t.length() < 2) {
                    continue;
                }
                StringBuilder regex = new StringBuilder();
                var m = PLACEHOLDER.matcher(t);
                int at = 0;
                while (m.find()) {
                    regex.append(Pattern.quote(t.substring(at, m.start()))).append(".*");
                    at = m.end();
                }
                regex.append(Pattern.quote(t.substring(at)));
                entries.add(new Entry(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), d));
            }
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The declaration that covers this cookie name, an exact name before a pattern. */
    Optional<DeclaredCookie> find(String name) {
        DeclaredCookie wildcard = null;
        for (Entry e : entries) {
            if (e.pattern().matcher(name).matches()) {
                if (!e.pattern().pattern().contains(".*")) {
                    return Optional.of(e.declared());
                }
                wildcard = wildcard == null ? e.declared() : wildcard;
            }
        }
        return Optional.ofNullable(wildcard);
    }
}
