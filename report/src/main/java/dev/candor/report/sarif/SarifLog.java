package dev.candor.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The part of SARIF 2.1.0 (OASIS, errata 01) that Candor writes, as records serialised with the
 * project's Jackson configuration. Component order is the order in the file; absent (null)
 * properties are left out, since SARIF gives most of them no null form. Names follow the
 * specification's, so each record's Javadoc only says what Candor puts in it.
 *
 * @param schema the URI of the SARIF 2.1.0 JSON schema
 * @param version always {@code 2.1.0}
 * @param runs one run per audit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

    /** The schema the validator and GitHub recognise as the final 2.1.0 one. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";

    /**
     * One audit.
     *
     * @param originalUriBaseIds for a source scan, {@code %SRCROOT%}: the project folder
     * @param properties the audit's target and gate, for a reader of the file on its own
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Invocation> invocations, Map<String, ArtifactLocation> originalUriBaseIds,
            List<Result> results, RunProperties properties) {}

    /** The tool: Candor is the driver; it has no extensions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tool(ToolComponent driver) {}

    /**
     * Candor itself.
     *
     * @param semanticVersion the version when it is a Semantic Version, else null
     * @param rules every rule of the catalogue, then any rule a finding names that the catalogue lacks
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ToolComponent(String name, String version, String semanticVersion, String informationUri,
            List<ReportingDescriptor> rules) {}

    /**
     * A rule.
     *
     * @param id the stable kebab-case rule id
     * @param name the id in PascalCase ({@code TrackingBeforeConsent})
     * @param shortDescription the rule's title
     * @param fullDescription why it matters
     * @param help what to do, and the provisions it rests on
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingDescriptor(String id, String name, MultiformatMessageString shortDescription,
            MultiformatMessageString fullDescription, MultiformatMessageString help, String helpUri,
            ReportingConfiguration defaultConfiguration, RuleProperties properties) {}

    /** A message in plain text and, optionally, GitHub-flavoured Markdown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MultiformatMessageString(String text, String markdown) {}

    /** A rule's level when a result does not say otherwise. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingConfiguration(Level level) {}

    /**
     * A rule's Candor properties.
     *
     * @param severity the rule's default Candor severity ({@code high})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleProperties(String severity, String legalReference) {}

    /**
     * One finding.
     *
     * @param ruleIndex the rule's index in {@link ToolComponent#rules()}
     * @param message what is wrong here; site text in it is made visible and its brackets escaped
     * @param locations where: the page of the first observation, and the subject as a logical location
     * @param partialFingerprints {@code candorFingerprint/v1}: the finding's stable fingerprint
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, Integer ruleIndex, Level level, Message message, List<Location> locations,
            Map<String, String> partialFingerprints, List<Suppression> suppressions, String baselineState,
            ResultProperties properties) {}

    /**
     * A suppression from the user's suppressions file: {@code kind} external, {@code status}
     * accepted, the reason as the justification.
     */
    public record Suppression(String kind, String status, String justification) {}

    /** Plain text. */
    public record Message(String text) {}

    /** Where a result is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {}

    /**
     * A page (an artifact with no region, since a finding is about a whole page visit), or a
     * source file with the region where the tag starts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

    /** Where in a source file: the tag's first line and column, from 1. */
    public record Region(int startLine, int startColumn) {}

    /**
     * A page.
     *
     * @param uri a valid URI reference (RFC 3986): the page URL, percent-encoded where it was not,
     *     and shortened where .NET's {@code System.Uri} would refuse it; or a source file relative
     *     to the project
     * @param uriBaseId {@code %SRCROOT%} for a source file, null for a page
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArtifactLocation(String uri, String uriBaseId) {}

    /**
     * What a finding is about.
     *
     * @param name the subject's label, made visible
     * @param fullyQualifiedName {@code kind:id}, made visible
     * @param kind the subject kind ({@code vendor}, {@code cookie}, {@code element}, ...)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogicalLocation(String name, String fullyQualifiedName, String kind) {}

    /**
     * The audit as a run of the tool.
     *
     * @param executionSuccessful whether the audit ran to its end
     * @param endTimeUtc when recording stopped; null when unknown
     * @param toolExecutionNotifications why it stopped early, and the record's warnings; null when none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Invocation(boolean executionSuccessful, Instant startTimeUtc, Instant endTimeUtc,
            List<Notification> toolExecutionNotifications) {}

    /** Something the tool says about its own run. */
    public record Notification(Message message, Level level) {}

    /**
     * A finding's Candor properties.
     *
     * @param phase the phase id, or null when the finding is not about one phase
     * @param subject the subject exactly as in report.json
     * @param occurrences how many observations show it
     * @param severity the Candor severity ({@code critical} ... {@code info})
     * @param page the page of the first observation (or the audit target) exactly as recorded; the
     *     location's URI may be encoded or shortened
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResultProperties(String phase, SubjectProperty subject, int occurrences, String severity, String page) {}

    /** A finding's subject: kind, stable id and label, unchanged. */
    public record SubjectProperty(String kind, String id, String label) {}

    /**
     * The audit's target and gate.
     *
     * @param failOn the least severity that fails the gate
     * @param insecure whether invalid TLS certificates were accepted
     */
    public record RunProperties(String target, String failOn, boolean insecure) {}

    /** SARIF's result and configuration levels. */
    public enum Level {
        ERROR("error"),
        WARNING("warning"),
        NOTE("note"),
        NONE("none");

        private final String id;

        Level(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }
}
