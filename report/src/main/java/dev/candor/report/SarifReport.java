package dev.candor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.candor.model.CandorJson;
import dev.candor.model.ScanRecord;
import dev.candor.model.Severity;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.RuleInfo;
import dev.candor.report.sarif.SarifLog;
import dev.candor.report.sarif.SarifLog.ArtifactLocation;
import dev.candor.report.sarif.SarifLog.Invocation;
import dev.candor.report.sarif.SarifLog.Level;
import dev.candor.report.sarif.SarifLog.Location;
import dev.candor.report.sarif.SarifLog.LogicalLocation;
import dev.candor.report.sarif.SarifLog.Message;
import dev.candor.report.sarif.SarifLog.MultiformatMessageString;
import dev.candor.report.sarif.SarifLog.Notification;
import dev.candor.report.sarif.SarifLog.PhysicalLocation;
import dev.candor.report.sarif.SarifLog.ReportingConfiguration;
import dev.candor.report.sarif.SarifLog.ReportingDescriptor;
import dev.candor.report.sarif.SarifLog.Result;
import dev.candor.report.sarif.SarifLog.ResultProperties;
import dev.candor.report.sarif.SarifLog.RuleProperties;
import dev.candor.report.sarif.SarifLog.RunProperties;
import dev.candor.report.sarif.SarifLog.SubjectProperty;
import dev.candor.report.sarif.UriReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes {@code report.sarif}: the findings as SARIF 2.1.0, for code-scanning dashboards (GitHub,
 * Azure DevOps, SonarQube). One run; the driver lists every catalogue rule, each result is one
 * finding located at the page of its first observation (the audit target when it has none), with
 * the subject as a logical location and the finding's fingerprint as
 * {@code partialFingerprints."candorFingerprint/v1"}. Levels: critical and high are {@code error},
 * medium {@code warning}, low and info {@code note}. The location's URI is the page percent-encoded
 * where it must be, and less specific where SARIF's .NET tools could not read it
 * ({@link UriReference#location}); {@code properties.page} keeps the page exactly.
 */
public final class SarifReport {

    /** Where people learn about Candor. */
    public static final String INFORMATION_URI = "https://candor.dev/";
    /** The key of the finding's fingerprint in {@code partialFingerprints}; its version changes if the fingerprint's recipe does. */
    public static final String FINGERPRINT_KEY = "candorFingerprint/v1";

    /** Semantic Versioning 2.0.0's own pattern: x.y.z with optional pre-release and build. */
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    /**
     * Candor's JSON configuration, writing every non-ASCII character as an escape: the data is the
     * same, and a bidi override in a recorded URL cannot reorder the file in an editor or a diff.
     */
    private static final ObjectWriter WRITER = CandorJson.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private SarifReport() {}

    /** The report as SARIF JSON text (pure ASCII). */
    public static String render(ReportContext ctx) {
        try {
            return WRITER.writeValueAsString(log(ctx));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SARIF cannot be serialised: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the report atomically to {@code file}. */
    public static void write(ReportContext ctx, Path file) throws IOException {
        dev.candor.model.AtomicFile.write(file, render(ctx));
    }

    /** The typed SARIF log of a judged audit. */
    public static SarifLog log(ReportContext ctx) {
        ScanRecord record = ctx.result().record();
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleInfo rule : ctx.rules()) {
            ruleIndex.putIfAbsent(rule.id(), rules.size());
            rules.add(descriptor(rule));
        }
        List<Result> results = new ArrayList<>();
        for (Finding f : ctx.result().findings()) {
            // a finding of a rule the catalogue does not list (an older judgement) still gets a descriptor, so ruleIndex holds
            if (!ruleIndex.containsKey(f.ruleId())) {
                ruleIndex.put(f.ruleId(), rules.size());
                rules.add(descriptor(new RuleInfo(f.ruleId(), f.title(), f.severity(), f.legalReference(), null, null, null)));
            }
            results.add(result(f, ruleIndex.get(f.ruleId()), record.target()));
        }
        String version = record.tool() == null ? null : record.tool().version();
        SarifLog.ToolComponent driver = new SarifLog.ToolComponent("Candor", version,
                version != null && SEMVER.matcher(version).matches() ? version : null, INFORMATION_URI, rules);
        // a source scan's locations are relative to the project folder, which is the record's target
        Map<String, ArtifactLocation> bases = record.sourceScan()
                ? Map.of(SRCROOT, new ArtifactLocation(record.target().endsWith("/") ? record.target() : record.target() + "/", null))
                : null;
        SarifLog.Run run = new SarifLog.Run(new SarifLog.Tool(driver), List.of(invocation(record)), bases, results,
                new RunProperties(record.target(), ctx.failOn().id(), record.settings().insecure()));
        return new SarifLog(SarifLog.SCHEMA, SarifLog.VERSION, List.of(run));
    }

    /** SARIF's level for a Candor severity. */
    public static Level level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> Level.ERROR;
            case MEDIUM -> Level.WARNING;
            case LOW, INFO -> Level.NOTE;
        };
    }

    /** {@code tracking-before-consent} → {@code TrackingBeforeConsent}. */
    static String pascalCase(String id) {
        StringBuilder b = new StringBuilder(id.length());
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    private static ReportingDescriptor descriptor(RuleInfo rule) {
        String title = rule.title() == null ? rule.id() : rule.title();
        MultiformatMessageString full = rule.rationale() == null ? null : new MultiformatMessageString(rule.rationale(), null);
        StringBuilder text = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        if (rule.remediation() != null) {
            text.append(rule.remediation());
            markdown.append(MarkdownText.escape(rule.remediation()));
        }
        if (rule.legalReference() != null) {
            text.append(text.length() == 0 ? "" : "\n\n").append("Legal reference: ").append(rule.legalReference());
            markdown.append(markdown.length() == 0 ? "" : "\n\n").append("**Legal reference:** ")
                    .append(MarkdownText.escape(rule.legalReference()));
        }
        MultiformatMessageString help = text.length() == 0 ? null : new MultiformatMessageString(text.toString(), markdown.toString());
        Level level = rule.severity() == null ? null : level(rule.severity());
        return new ReportingDescriptor(rule.id(), pascalCase(rule.id()), new MultiformatMessageString(title, null), full, help,
                rule.helpUri(), level == null ? null : new ReportingConfiguration(level),
                new RuleProperties(rule.severity() == null ? null : rule.severity().id(), rule.legalReference()));
    }

    private static Result result(Finding f, int ruleIndex, String target) {
        String page = f.firstPage().orElse(target);
        String uri = UriReference.location(page);
        if (uri == null) {
            uri = UriReference.location(target);
        }
        LogicalLocation subject = new LogicalLocation(SiteText.visible(f.subject().label()),
                SiteText.visible(f.subject().kind().id() + ":" + f.subject().id()), f.subject().kind().id());
        List<Location> locations = new ArrayList<>();
        for (dev.candor.model.finding.Evidence e : f.evidence()) {
            if (e instanceof dev.candor.model.finding.Evidence.SourceSeen src) {
                String file = UriReference.relativeFile(src.file());
                if (file != null) {
                    locations.add(new Location(new PhysicalLocation(new ArtifactLocation(file, SRCROOT),
                            new SarifLog.Region(src.line(), src.column())), List.of(subject)));
                }
            }
        }
        if (locations.isEmpty()) {
            locations.add(new Location(uri == null ? null : new PhysicalLocation(new ArtifactLocation(uri, null), null), List.of(subject)));
        } else {
            page = f.firstSource().orElse(page);
        }
        List<SarifLog.Suppression> suppressions = f.suppressed()
                ? List.of(new SarifLog.Suppression("external", "accepted", SiteText.visible(f.triage().suppression().reason())))
                : null;
        String baselineState = f.newSinceBaseline() ? "new" : f.inBaseline() ? "unchanged" : null;
        ResultProperties properties = new ResultProperties(f.phase() == null ? null : f.phase().id(),
                new SubjectProperty(f.subject().kind().id(), f.subject().id(), f.subject().label()), f.occurrences(), f.severity().id(),
                page);
        return new Result(f.ruleId(), ruleIndex, level(f.severity()), new Message(messageText(f)), locations,
                Map.of(FINGERPRINT_KEY, f.fingerprint()), suppressions, baselineState, properties);
    }

    /**
     * The finding's message with site text made visible, and '[' and ']' escaped: SARIF reads
     * {@code [text](target)} in a plain-text message as an embedded link, and a site must not
     * be able to plant one.
     */
    static String messageText(Finding f) {
        String text = SiteText.visible(f.message() == null || f.message().isBlank() ? f.title() : f.message());
        return text.isEmpty() ? f.ruleId() : text.replace("[", "\\[").replace("]", "\\]");
    }

    /** The base a source file's location is relative to: the project folder (GitHub code scanning: the checkout). */
    static final String SRCROOT = "%SRCROOT%";

    private static Invocation invocation(ScanRecord record) {
        List<Notification> notes = new ArrayList<>();
        boolean complete = record.completion() != null && record.completion().complete();
        if (!complete) {
            String reason = record.completion() == null ? null : record.completion().reason();
            notes.add(new Notification(new Message("The audit stopped early: " + (reason == null ? "no reason recorded" : SiteText.visible(reason))),
                    Level.ERROR));
        }
        for (String w : record.warnings()) {
            notes.add(new Notification(new Message(SiteText.visible(w)), Level.WARNING));
        }
        // SARIF wants the end no earlier than the start; a record without a finish time says nothing of it
        boolean ordered = record.finishedAt() != null && record.startedAt() != null && !record.finishedAt().isBefore(record.startedAt());
        return new Invocation(complete, record.startedAt(), ordered ? record.finishedAt() : null, notes.isEmpty() ? null : notes);
    }
}
