package dev.candor.model.finding;

/**
 * What judged an audit, so a report says which evidence and which rules gave its findings.
 *
 * @param recordFile the record judged, relative to the audit folder ({@code record.json})
 * @param policyFile the policy evidence judged, relative to the audit folder, or null when there was none
 * @param catalogueVersion the rule catalogue's version
 * @param knowledgeBaseVersion the knowledge base's version
 * @param disabledRules rule ids that were not run
 * @param suppressionsFile the suppressions file applied, or null
 * @param baselineFile the baseline compared with, or null
 * @param gateWarnings what the gate warned about (expired suppressions), one line each
 */
public record Provenance(String recordFile, String policyFile, String catalogueVersion, String knowledgeBaseVersion,
        java.util.List<String> disabledRules, String suppressionsFile, String baselineFile, java.util.List<String> gateWarnings) {

    public Provenance {
        disabledRules = disabledRules == null ? java.util.List.of() : java.util.List.copyOf(disabledRules);
        gateWarnings = gateWarnings == null ? java.util.List.of() : java.util.List.copyOf(gateWarnings);
    }

    /** Provenance of a judging without suppressions or baseline. */
    public Provenance(String recordFile, String policyFile, String catalogueVersion, String knowledgeBaseVersion,
            java.util.List<String> disabledRules) {
        this(recordFile, policyFile, catalogueVersion, knowledgeBaseVersion, disabledRules, null, null, null);
    }
}
