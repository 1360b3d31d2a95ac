package dev.candor.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The evidence of one audit: what the site did in each consent scenario. Saved as
 * {@code record.json}; rules can run on it again later, offline.
 *
 * @param schemaVersion the version of this JSON form; {@link #CURRENT_SCHEMA_VERSION} when written
 * @param target the start URL as the user gave it (normalised)
 * @param siteDomain the registrable domain that counts as first party
 * @param startedAt when the audit started
 * @param finishedAt when recording stopped
 * @param tool what made it
 * @param settings the options it ran with
 * @param pagesPlanned the pages chosen for every phase, start page first
 * @param phases the phases recorded, in the order run
 * @param policySource where the policy was to come from, or null
 * @param completion whether it ran to its end
 * @param warnings notes a reader should know (one line each)
 */
public record ScanRecord(
        int schemaVersion,
        String target,
        String siteDomain,
        Instant startedAt,
        Instant finishedAt,
        ToolInfo tool,
        ScanSettings settings,
        List<String> pagesPlanned,
        List<PhaseRecord> phases,
        PolicySource policySource,
        Completion completion,
        List<String> warnings) {

    /** The record format this build writes and reads; 2 added per-visit indexes and consent times to cookies and storage. */
    public static final int CURRENT_SCHEMA_VERSION = 2;

    public ScanRecord {
        pagesPlanned = List.copyOf(pagesPlanned);
        phases = List.copyOf(phases);
        warnings = List.copyOf(warnings);
    }

    /** Whether this is the record of a static source scan (no browser, a {@code file:} target), not an audit. */
    public boolean sourceScan() {
        return target != null && target.startsWith("file:") && phases.isEmpty();
    }

    /** The recorded phase of that name, if it was run. */
    public Optional<PhaseRecord> phase(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst();
    }

    /** The consent summary the report shows, derived from the phases. */
    public ConsentSummary consent() {
        return ConsentSummary.of(this);
    }
}
