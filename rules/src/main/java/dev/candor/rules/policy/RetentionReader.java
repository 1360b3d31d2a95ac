package dev.candor.rules.policy;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.DeclaredCookie;
import dev.candor.model.policy.PolicyDocument.Sentence;
import dev.candor.model.policy.RetentionPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long data is kept: periods near a storage word ("deleted after 14 days", cookie lifetimes),
 * or an event that ends the storage ("until you unsubscribe", "for the duration of your membership"), which is as
 * concrete; else a statement in words only ("as long as necessary", "solange"), which is vague;
 * "cookies are stored on your device" says nothing about how long and counts for neither.
 */
final class RetentionReader {
    /** A period further than this from any storage word is usually something else (a reply deadline). */
    private static final int WINDOW = 80;
    /** The longest sentence read as an item of a list under a retention heading. */
    private static final int ITEM_MAX = 160;

    private final Lexicon lex;
    private final String lang;
    private final NegationScope negations;
    private final ClaimLog log;
    private final List<RetentionPeriod> periods = new ArrayList<>();
    private boolean stated;
    /** A period tied to an event ("until you unsubscribe", "for the duration of your membership"). */
    private boolean criterion;

    RetentionReader(Lexicon lex, String lang, NegationScope negations, ClaimLog log) {
        this.lex = lex;
        this.lang = lang;
        this.negations = negations;
        this.log = log;
    }

    void read(Sentence s) {
        String t = s.text();
        List<Pattern> cuesPatterns = lex.patterns("retention");
        if (negations.firstPositive(cuesPatterns, t) == null) {
            underHeading(s, cuesPatterns);
            return;
        }
        TreeSet<Integer> cues = new TreeSet<>();
        for (Pattern p : cuesPatterns) {
            if (!RequiredLiteral.mayMatch(p, t)) {
                continue;
            }
            Matcher m = p.matcher(t);
            while (m.find()) {
                cues.add(m.start());
            }
        }
        boolean period = false;
        for (DurationParser.Duration d : DurationParser.find(t, lang)) {
            Integer near = cues.ceiling(d.start() - WINDOW);
            if (near == null || near > d.start() + WINDOW) {
                continue;
            }
            period = true;
            periods.add(new RetentionPeriod(d.text(), d.seconds(), d.session(), t));
            log.claim(ClaimType.RETENTION, d.session() ? "session" : d.seconds() + "s", s);
        }
        String said = NegationScope.blankOut(lex.patterns("retentionNot"), t);
        boolean positive = negations.firstPositive(cuesPatterns, said) != null;
        // "until you unsubscribe" names when the data goes, as a period does; "as long as necessary" does not
        boolean tied = positive && NegationScope.any(lex.patterns("retentionCriterion"), said);
        if (tied) {
            criterion = true;
            log.claim(ClaimType.RETENTION, "criterion", s);
        }
        if (period || tied || positive && NegationScope.any(lex.patterns("retentionVague"), said)) {
            stated = true;
            log.evidence(Art13Element.RETENTION, s);
        }
    }

    /**
     * "Messages: 12 months" as an item under a heading "Retention" / "Speicherdauer" / "Conservación": the
     * heading is the storage word of its short items.
     */
    private void underHeading(Sentence s, List<Pattern> cuesPatterns) {
        String t = s.text();
        if (s.heading() || t.length() > ITEM_MAX) {
            return;
        }
        String path = s.headingPath();
        String heading = SectionTopics.innermost(path);
        if (negations.firstPositive(cuesPatterns, heading) == null) {
            return;
        }
        for (DurationParser.Duration d : DurationParser.find(t, lang)) {
            periods.add(new RetentionPeriod(d.text(), d.seconds(), d.session(), t));
            log.claim(ClaimType.RETENTION, d.session() ? "session" : d.seconds() + "s", s);
            stated = true;
            log.evidence(Art13Element.RETENTION, s);
        }
    }

    /** A declared cookie's lifetime is a retention period too. */
    void declared(DeclaredCookie c, Sentence s) {
        if (c.durationText() != null) {
            periods.add(new RetentionPeriod(c.durationText(), c.durationSeconds(),
                    c.durationSeconds() != null && c.durationSeconds() == 0, c.quote()));
            stated = true;
            log.evidence(Art13Element.RETENTION, s);
        }
    }

    List<RetentionPeriod> periods() {
        return periods;
    }

    Art13Status status() {
        boolean period = periods.stream().anyMatch(r -> r.seconds() != null && r.seconds() > 0);
        return period || criterion ? Art13Status.PRESENT : stated ? Art13Status.VAGUE : Art13Status.MISSING;
    }
}
