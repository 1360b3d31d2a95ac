package dev.candor.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one JSON configuration for Candor's files: ISO-8601 instants, explicit nulls, stable field
 * order (record component order), pretty-printed.
 */
public final class CandorJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CandorJson() {}

    /** The shared mapper; configure nothing on it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serialises any model value to pretty JSON text. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model value cannot be serialised: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes {@code value} to {@code file} atomically: a reader never sees half a file, and an
     * interrupted write leaves the previous file in place.
     */
    public static void write(Object value, Path file) throws IOException {
        AtomicFile.write(file, toJson(value));
    }

    /** Words a version mismatch: older records need a new audit, newer ones a newer Candor. */
    static String versionProblem(String what, int version, int current) {
        if (version > current) {
            return what + " schema version " + version + " is newer than this Candor reads (" + current
                    + "); use the Candor version that wrote it, or a newer one";
        }
        return what + " schema version " + version + " is older than this Candor reads (" + current
                + "); re-run 'candor audit' with this version to record it again";
    }

    /**
     * Reads a saved {@code policy.json}.
     *
     * @throws CorruptRecordException when the file is not JSON, not policy evidence, or of another schema version
     */
    public static dev.candor.model.policy.PolicyEvidence readPolicy(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CorruptRecordException(file + ": no such file; pass an audit folder written by 'candor audit'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var tree = MAPPER.readTree(text);
            if (tree == null || !tree.isObject() || !tree.has("schemaVersion") || !tree.has("status")) {
                throw new CorruptRecordException(file + ": not Candor policy evidence (no schemaVersion or status); "
                        + "re-run the audit, or name another policy (--policy, candor.policy)");
            }
            int version = tree.get("schemaVersion").asInt(-1);
            int current = dev.candor.model.policy.PolicyEvidence.CURRENT_SCHEMA_VERSION;
            if (version != current) {
                throw new CorruptRecordException(file + ": " + versionProblem("policy evidence", version, current));
            }
            return MAPPER.treeToValue(tree, dev.candor.model.policy.PolicyEvidence.class);
        } catch (JsonProcessingException e) {
            throw new CorruptRecordException(file + ": corrupt policy evidence (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "); re-run the audit, or name another policy (--policy, candor.policy)");
        }
    }

    /**
     * Reads a saved {@code record.json}.
     *
     * @throws CorruptRecordException when the file is missing, not JSON, not a record, or of a
     *     schema version this build does not read
     */
    public static ScanRecord readRecord(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CorruptRecordException(file + ": no such file; pass the record.json written by 'candor audit'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScanRecord record;
        try {
            var tree = MAPPER.readTree(text);
            if (tree == null || !tree.isObject() || !tree.has("schemaVersion")) {
                throw new CorruptRecordException(file + ": not a Candor record (no schemaVersion); re-run 'candor audit' to make one");
            }
            int version = tree.get("schemaVersion").asInt(-1);
            if (version != ScanRecord.CURRENT_SCHEMA_VERSION) {
                throw new CorruptRecordException(file + ": " + versionProblem("record", version, ScanRecord.CURRENT_SCHEMA_VERSION));
            }
            for (String field : new String[] {"target", "phases", "settings", "completion"}) {
                if (!tree.hasNonNull(field)) {
                    throw new CorruptRecordException(file + ": corrupt record (no target or phases: '" + field
                            + "' is missing); re-run 'candor audit' to make a new one");
                }
            }
            record = MAPPER.treeToValue(tree, ScanRecord.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String where = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining()).replaceFirst("^\\.", "");
            throw new CorruptRecordException(file + ": corrupt record (invalid or missing value at '" + where
                    + "'); re-run 'candor audit' to make a new one");
        } catch (JsonProcessingException e) {
            throw new CorruptRecordException(file + ": corrupt record (" + e.getOriginalMessage() + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "); re-run 'candor audit' to make a new one");
        }
        return record;
    }
}
