package dev.candor.model.policy;

import java.util.List;

/**
 * The policy exactly as Candor read it, saved as {@code policy.json} beside {@code record.json}:
 * the extracted text with its sections, sentences, tables and offsets, so every quote a finding
 * cites can be checked later, and so the claims can be read again offline by a newer reader.
 *
 * @param schemaVersion the version of this JSON form; {@link #CURRENT_SCHEMA_VERSION} when written
 * @param source where the policy came from (file path or URL; two URLs joined by {@code " + "} when a
 *     separate cookie policy was read with it)
 * @param status {@code read} when text was extracted; otherwise why not ({@code not-found},
 *     {@code unreadable}, {@code empty})
 * @param problems one line per problem met while extracting, each naming the fix
 * @param document the extracted document; null when nothing was extracted
 */
public record PolicyEvidence(int schemaVersion, String source, ReadStatus status, List<String> problems,
        PolicyDocument document) {

    /** The policy evidence format this build writes and reads. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public PolicyEvidence {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Evidence of a policy from which no text was extracted. */
    public static PolicyEvidence notRead(String source, ReadStatus status, String problem) {
        return new PolicyEvidence(CURRENT_SCHEMA_VERSION, source, status, List.of(problem), null);
    }
}
