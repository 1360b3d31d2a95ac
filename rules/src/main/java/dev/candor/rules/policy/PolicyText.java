package dev.candor.rules.policy;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.Controller;
import dev.candor.model.policy.DeclaredCookie;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.RetentionPeriod;
import dev.candor.model.policy.Transfer;
import dev.candor.model.policy.VendorMention;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link PolicyAnalysis} as plain text for a terminal (what
 * {@code candor policy FILE --format text} prints). Quotes are shortened to about
 * {@value #QUOTE_LENGTH} characters.
 */
public final class PolicyText {
    static final int QUOTE_LENGTH = 160;

    private PolicyText() {
    }

    /** The analysis as readable plain text, lines ending in {@code \n}. */
    public static String render(PolicyAnalysis a) {
        StringBuilder out = new StringBuilder();
        out.append("Policy: ").append(a.source()).append('\n');
        out.append("Status: ").append(a.status().id()).append('\n');
        for (String p : a.problems()) {
            out.append("Problem: ").append(p).append('\n');
        }
        section(out, "Language");
        out.append("  ").append(a.language() == null ? "not recognised" : a.language()).append('\n');
        section(out, "Last updated");
        out.append("  ").append(a.lastUpdated() == null ? "not stated" : a.lastUpdated()).append('\n');

        section(out, "Controller");
        Controller c = a.controller();
        line(out, "name", c.name());
        line(out, "postal address", c.postalAddress() ? "given" : "not found");
        line(out, "e-mail", c.email());
        line(out, "phone", c.phone());
        line(out, "registration", c.registration());
        if (a.dpo() != null) {
            line(out, "DPO", String.join(", ", nonNull(a.dpo().name(), a.dpo().email(), a.dpo().phone(), "named")));
        }

        section(out, "GDPR Art. 13");
        for (Art13Element e : Art13Element.values()) {
            Art13Status s = a.art13().get(e);
            out.append(String.format(Locale.ROOT, "  %-20s %-8s", e.id(), s == null ? "missing" : s.id()));
            List<String> ev = a.art13Evidence().getOrDefault(e, List.of());
            out.append(ev.isEmpty() ? "" : "  \"" + shorten(ev.get(0), QUOTE_LENGTH - 40) + "\"").append('\n');
        }

        section(out, "Vendors named");
        if (a.vendors().isEmpty()) {
            out.append("  none\n");
        }
        for (VendorMention v : a.vendors()) {
            out.append("  ").append(v.name()).append(": \"").append(shorten(v.quote(), QUOTE_LENGTH)).append("\"\n");
        }
        list(out, "Rights named", a.rights().stream().map(Object::toString).toList());
        list(out, "Cookie categories", a.cookieCategories().stream().map(Object::toString).toList());
        list(out, "Technologies", a.technologies().stream().map(Object::toString).toList());

        section(out, "Declared cookies");
        if (a.declaredCookies().isEmpty()) {
            out.append("  none\n");
        }
        for (DeclaredCookie d : a.declaredCookies()) {
            out.append("  ").append(d.name());
            if (d.provider() != null) {
                out.append(" (").append(d.provider()).append(')');
            }
            if (d.durationText() != null) {
                out.append(", ").append(d.durationText());
            }
            if (d.purpose() != null) {
                out.append(": ").append(shorten(d.purpose(), 80));
            }
            out.append('\n');
        }

        section(out, "Retention");
        if (a.retention().isEmpty()) {
            out.append("  no period stated\n");
        }
        for (RetentionPeriod r : a.retention()) {
            out.append("  ").append(r.text()).append(r.seconds() == null ? "" : " (" + r.seconds() + " s)")
                    .append(": \"").append(shorten(r.quote(), QUOTE_LENGTH)).append("\"\n");
        }

        section(out, "Transfers outside the EEA");
        if (a.transfers().isEmpty()) {
            out.append("  none stated\n");
        }
        for (Transfer t : a.transfers()) {
            out.append("  ").append(String.join(", ", t.countries())).append(" / safeguard: ").append(t.safeguard().id())
                    .append(": \"").append(shorten(t.quote(), QUOTE_LENGTH)).append("\"\n");
        }

        section(out, "Consent model");
        out.append("  ").append(a.consentModel().model().id());
        if (a.consentModel().signals().size() > 1) {
            out.append(" (also: ").append(a.consentModel().signals().stream().skip(1).map(Object::toString)
                    .collect(Collectors.joining(", "))).append(')');
        }
        out.append('\n');
        for (String q : a.consentModel().quotes()) {
            out.append("  \"").append(shorten(q, QUOTE_LENGTH)).append("\"\n");
        }
        return out.toString();
    }

    /** {@code text} cut at a word boundary to at most {@code max} chars, with an ellipsis. */
    static String shorten(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    private static void section(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n');
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "  %-15s %s%n", label, value == null ? "not found" : value));
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        section(out, title);
        out.append("  ").append(items.isEmpty() ? "none" : String.join(", ", items)).append('\n');
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null).limit(3).toList();
    }
}
