package dev.candor.model.source;

import java.time.Instant;
import java.util.List;

/**
 * The evidence of a static scan of a project's sources ({@code sources.json}): which folders and
 * files were read and every third-party tag found in them. Rules judge it like a browser record.
 *
 * @param schemaVersion the version of this JSON form
 * @param project the project folder that file paths are relative to
 * @param roots the folders scanned, relative to the project
 * @param scannedAt when the scan ran
 * @param filesScanned how many files were read
 * @param tags every third-party tag found, in file order
 * @param warnings files skipped and why, one line each
 */
public record SourceRecord(int schemaVersion, String project, List<String> roots, Instant scannedAt, int filesScanned,
        List<SourceTag> tags, List<String> warnings) {

    /** The format this build writes. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public SourceRecord {
        roots = List.copyOf(roots);
        tags = List.copyOf(tags);
        warnings = List.copyOf(warnings);
    }
}
