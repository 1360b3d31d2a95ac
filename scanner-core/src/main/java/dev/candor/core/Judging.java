package dev.candor.core;

import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingException;
import dev.candor.core.settings.SettingValues;
import dev.candor.model.Severity;
import dev.candor.report.ReportFormat;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How an audit is judged, gated and reported, the same for a live audit, {@code candor evaluate},
 * {@code candor report} and a source scan.
 *
 * @param knowledgeBase a knowledge-base file laid over the built-in one, or null
 * @param disabledRules rule ids not to run
 * @param failOn the least severity that fails the audit
 * @param formats the reports to write ({@code report.json} always)
 * @param suppressions a suppressions file, or null
 * @param baseline a baseline file, or null
 */
public record Judging(Path knowledgeBase, List<String> disabledRules, Severity failOn, Set<ReportFormat> formats,
        Path suppressions, Path baseline) {

    public Judging {
        disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
        failOn = failOn == null ? Severity.HIGH : failOn;
        Set<ReportFormat> f = EnumSet.of(ReportFormat.JSON);
        f.addAll(formats == null ? ReportFormat.DEFAULT : formats);
        formats = Set.copyOf(f);
    }

    /** A judging without suppressions or baseline. */
    public Judging(Path knowledgeBase, List<String> disabledRules, Severity failOn, Set<ReportFormat> formats) {
        this(knowledgeBase, disabledRules, failOn, formats, null, null);
    }

    /** The defaults: every rule, the built-in knowledge base, fail on high, JSON and HTML. */
    public static Judging defaults() {
        return new Judging(null, List.of(), Severity.HIGH, ReportFormat.DEFAULT);
    }

    /** This judging with other rules disabled. */
    public Judging withDisabledRules(List<String> ids) {
        return new Judging(knowledgeBase, ids, failOn, formats, suppressions, baseline);
    }

    /**
     * The judging an adapter's settings describe.
     *
     * @throws SettingException for a bad severity or report format
     */
    public static Judging from(SettingValues v) {
        return new Judging(v.path(Setting.KNOWLEDGE_BASE), v.list(Setting.DISABLED_RULES), failOn(v), formats(v),
                v.path(Setting.SUPPRESSIONS), v.path(Setting.BASELINE));
    }

    private static Severity failOn(SettingValues v) {
        String text = v.text(Setting.FAIL_ON);
        if (text == null) {
            return Severity.HIGH;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SettingException(Setting.FAIL_ON, "must be one of critical, high, medium, low, info; got '" + text + "'", e);
        }
    }

    private static Set<ReportFormat> formats(SettingValues v) {
        String text = v.text(Setting.FORMATS);
        if (text == null) {
            return ReportFormat.DEFAULT;
        }
        try {
            return ReportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SettingException(Setting.FORMATS, "has an " + e.getMessage(), e);
        }
    }
}
