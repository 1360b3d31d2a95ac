package dev.candor.rules.checks;

import dev.candor.model.BannerDesign;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.ConsentToggle;
import dev.candor.model.ControlStyle;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.WithdrawalOption;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the banner looks and reads, judged on what was measured before any click (see
 * {@link BannerDesign}), and whether consent can be withdrawn afterwards. The thresholds are
 * constants here and in the README; each rule stays silent when what it needs was not measured.
 */
final class BannerChecks {

    /** Accept's area over reject's, from which accept dominates (both drawn as buttons). */
    static final double AREA_RATIO = 3.0;
    /** Accept's font size over reject's, from which accept dominates. */
    static final double FONT_RATIO = 1.5;
    /** Below this WCAG contrast a label is hard to read (WCAG 2 1.4.11, non-text contrast, and large text). */
    static final double LOW_CONTRAST = 3.0;
    /** WCAG 2 AA for normal text: below it a plain text link next to a button is the less legible choice. */
    static final double LEGIBLE_CONTRAST = 4.5;
    /** A "continue without accepting" link smaller than this share of accept's font size is low-prominence. */
    static final double SMALL_FONT_SHARE = 0.8;
    /** Banner texts shorter than this are not judged for missing information (only the controls were read). */
    static final int MIN_TEXT = 40;

    private static final BannerLexicon LEXICON = BannerLexicon.standard();

    private BannerChecks() {}

    /** {@code reject-less-prominent}: accept drawn much larger than reject on the first layer. */
    static void rejectLessProminent(Facts f, FindingSink sink) {
        Measured m = firstView(f);
        if (m == null || m.accept == null || m.reject == null) {
            return;
        }
        double area = ratio(m.accept.box().area(), m.reject.box().area());
        double font = ratio(m.accept.fontSizePx(), m.reject.fontSizePx());
        boolean byArea = !m.accept.linkStyled() && !m.reject.linkStyled() && area >= AREA_RATIO;
        boolean byFont = font >= FONT_RATIO;
        if (!byArea && !byFont) {
            return;
        }
        sink.report(site(f), String.format(Locale.ROOT, "\"%s\" is drawn %s than \"%s\" on the banner's first layer (area %.1fx, font %.0f px against %.0f px).",
                m.accept.text(), byArea ? "much larger" : "in a much larger font", m.reject.text(), area,
                m.accept.fontSizePx(), m.reject.fontSizePx()), m.evidence("accept", "reject"));
    }

    /** {@code colour-nudging}: a high-contrast accept button beside a low-contrast or plain-link reject. */
    static void colourNudging(Facts f, FindingSink sink) {
        Measured m = firstView(f);
        if (m == null || m.accept == null || m.reject == null) {
            return;
        }
        ControlStyle a = m.accept;
        ControlStyle r = m.reject;
        if (!a.filledButton() || a.textContrast() < LOW_CONTRAST) {
            return;
        }
        boolean faint = r.textContrast() < LOW_CONTRAST;
        boolean plainLink = r.linkStyled() && r.textContrast() < LEGIBLE_CONTRAST;
        if (!faint && !plainLink) {
            return;
        }
        sink.report(site(f), String.format(Locale.ROOT, "\"%s\" is a filled button (%s on %s, contrast %.1f:1) while \"%s\" is %s (%s on %s, contrast %.1f:1).",
                a.text(), a.color(), a.background(), a.textContrast(), r.text(),
                r.linkStyled() ? "a plain text link" : "faint", r.color(), r.background(), r.textContrast()), m.evidence("accept", "reject"));
    }

    /** {@code ambiguous-consent-wording}: "OK" as the only way to agree, or a faint "continue without accepting" link. */
    static void ambiguousWording(Facts f, FindingSink sink) {
        Measured m = firstView(f);
        if (m == null) {
            return;
        }
        List<ControlStyle> affirmative = m.design.controls().stream()
                .filter(c -> "accept".equals(c.role()) || "other".equals(c.role()) && LEXICON.vague(c.text())).toList();
        boolean onlyVague = !affirmative.isEmpty() && affirmative.stream().allMatch(c -> LEXICON.vague(c.text()));
        if (onlyVague && m.reject == null) {
            sink.report(site(f), "The banner's only way to agree is \"" + affirmative.get(0).text()
                    + "\", which does not say that it gives consent, or to what.", m.evidence("accept", "other"));
            return;
        }
        ControlStyle r = m.reject;
        if (r != null && m.accept != null && r.linkStyled() && LEXICON.continueWithoutAccepting(r.text())
                && (r.textContrast() < LEGIBLE_CONTRAST || r.fontSizePx() < SMALL_FONT_SHARE * m.accept.fontSizePx())) {
            sink.report(site(f), String.format(Locale.ROOT, "Refusing is worded \"%s\" and shown as a faint or small text link (contrast %.1f:1, %.0f px against %.0f px for \"%s\").",
                    r.text(), r.textContrast(), r.fontSizePx(), m.accept.fontSizePx(), m.accept.text()), m.evidence("accept", "reject"));
        }
    }

    /** {@code banner-information-missing}: the first layer's text says nothing of purposes, third parties or withdrawal. */
    static void informationMissing(Facts f, FindingSink sink) {
        Measured m = firstView(f);
        if (m == null || m.design.text() == null || m.design.textTruncated() || m.design.text().length() < MIN_TEXT) {
            return;
        }
        List<String> missing = LEXICON.missingTopics(m.design.text());
        if (missing.isEmpty()) {
            return;
        }
        sink.report(site(f), "The banner's text says nothing of " + String.join(", ", missing.stream().map(BannerChecks::topic).toList()) + ".",
                m.evidence());
    }

    /** {@code pre-ticked-consent}: purpose or vendor boxes ticked before the visitor chose (Planet49). */
    static void preTicked(Facts f, FindingSink sink) {
        for (PhaseRecord p : f.record().phases()) {
            List<ConsentToggle> ticked = toggles(p).stream().filter(t -> t.checked() && !t.disabled() && !t.legitimateInterest()
                    && !LEXICON.necessary(t.label().isBlank() ? t.context() : t.label())).toList();
            if (!ticked.isEmpty()) {
                sink.report(site(f), ticked.size() + " purpose or vendor toggle(s) in the settings layer were on before any choice: "
                        + names(ticked) + ".", new Evidence.BannerSeen(p.phase(), p.banner(), List.of("toggle")));
                return;
            }
        }
    }

    /** {@code legitimate-interest-preset}: "legitimate interest" switched on in advance for advertising or profiling. */
    static void legitimateInterestPreset(Facts f, FindingSink sink) {
        for (PhaseRecord p : f.record().phases()) {
            List<ConsentToggle> on = toggles(p).stream().filter(t -> t.legitimateInterest() && t.checked()
                    && LEXICON.advertising(t.label() + " " + t.context())).toList();
            if (!on.isEmpty()) {
                sink.report(site(f), on.size() + " \"legitimate interest\" toggle(s) for advertising or profiling were on before any choice: "
                        + names(on) + ".", new Evidence.BannerSeen(p.phase(), p.banner(), List.of("toggle")));
                return;
            }
        }
    }

    /** {@code no-withdrawal-option}: after accepting, no later page offered a way to reopen the choice. */
    static void noWithdrawalOption(Facts f, FindingSink sink) {
        ConsentAttempt accept = f.consent(Phase.AFTER_ACCEPT);
        PhaseRecord phase = f.record().phases().stream().filter(p -> p.phase() == Phase.AFTER_ACCEPT).findFirst().orElse(null);
        if (accept == null || !accept.done() || phase == null) {
            return;
        }
        WithdrawalOption w = phase.withdrawal();
        if (w == null || w.found() || w.pagesChecked() < 1) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence.WithdrawalSeen(Phase.AFTER_ACCEPT, w));
        evidence.addAll(f.consentEvidence().stream().filter(e -> ((Evidence.ConsentSeen) e).phase() == Phase.AFTER_ACCEPT).toList());
        sink.report(site(f), "After accepting, none of the " + w.pagesChecked() + " page(s) visited offered a link or button to reopen the consent choice.",
                evidence.toArray(Evidence[]::new));
    }

    /** The banner a visitor saw first: before-consent's, else the accept phase's, else the reject phase's. */
    private static Measured firstView(Facts f) {
        for (Phase phase : List.of(Phase.BEFORE_CONSENT, Phase.AFTER_ACCEPT, Phase.AFTER_REJECT)) {
            for (PhaseRecord p : f.record().phases()) {
                if (p.phase() == phase && p.banner() != null && !p.banner().controls().isEmpty()) {
                    return new Measured(p.phase(), p.banner());
                }
            }
        }
        return null;
    }

    private static final class Measured {
        final Phase phase;
        final BannerDesign design;
        final ControlStyle accept;
        final ControlStyle reject;

        Measured(Phase phase, BannerDesign design) {
            this.phase = phase;
            this.design = design;
            this.reject = design.first("reject");
            // "Ok" beside "Afvis" (Klaro in Danish) is the accept Candor's labels do not name: judge it as accept
            ControlStyle named = design.first("accept");
            this.accept = named != null || reject == null ? named : design.controls().stream()
                    .filter(c -> "other".equals(c.role()) && LEXICON.vague(c.text())).findFirst().orElse(null);
        }

        Evidence evidence(String... marked) {
            return new Evidence.BannerSeen(phase, design, List.of(marked));
        }
    }

    private static List<ConsentToggle> toggles(PhaseRecord p) {
        return p.banner() == null || p.banner().toggles() == null ? List.of() : p.banner().toggles();
    }

    private static String names(List<ConsentToggle> toggles) {
        List<String> names = new ArrayList<>();
        for (ConsentToggle t : toggles.subList(0, Math.min(5, toggles.size()))) {
            // a legitimate-interest switch is labelled only "Legitimate interest": its row names the purpose
            boolean rowNames = t.label().isBlank() || t.legitimateInterest() && t.context().length() > t.label().length();
            names.add("\"" + (rowNames ? t.context() : t.label()) + "\"");
        }
        return String.join(", ", names) + (toggles.size() > 5 ? " and " + (toggles.size() - 5) + " more" : "");
    }

    private static String topic(String id) {
        return switch (id) {
            case "thirdParties" -> "third parties";
            case "withdrawal" -> "the right to withdraw consent";
            default -> id;
        };
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? 0 : Math.round(a / b * 100) / 100.0;
    }

    private static Subject site(Facts f) {
        return Subject.site(f.record().siteDomain());
    }
}
