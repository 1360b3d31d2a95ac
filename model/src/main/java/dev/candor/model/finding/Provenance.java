package dev.candor.model.finding;

/**
 * What judged an audit, so a report says which evidence and which rules gave its findings.
 *
 * @param recordFile the record judged, relative to the audit folder ({@code record.json})
 * @param policyFile the policy evidence judged, relative to the audit folder, or null when there was none
 * @param catalogueVersion the rule catalogue's version
 * @param knowledgeBaseVersion the knowledge base's version
 * @param disabledRules rule ids that were not run
 */
public record Provenance(String recordFile, String policyFile, String catalogueVersion, String knowledgeBaseVersion,
        java.util.List<String> disabledRules) {

    public Provenance {
        disabledRules = disabledRules == null ? java.util.List.of() : java.util.List.copyOf(disabledRules);
    }
}
