package dev.candor.rules.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.candor.model.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a team has today, by fingerprint, so a gate fails only on new ones. The file lists
 * rule, subject and severity beside each fingerprint so that a reviewer can read a change to it;
 * only the fingerprints count.
 *
 * @param source what the baseline was made from (an audit folder), for the reader
 * @param fingerprints the findings' fingerprints
 */
public record Baseline(String source, Set<String> fingerprints) {

    /** The format version written in {@code candorBaseline}. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
    }

    /** Whether the finding was there when the baseline was made. */
    public boolean contains(Finding f) {
        return fingerprints.contains(f.fingerprint());
    }

    /** The baseline file's text for these findings, in their report order. */
    public static String render(String source, List<Finding> findings) {
        var root = JSON.createObjectNode();
        root.put("candorBaseline", FORMAT);
        root.put("source", source);
        var list = root.putArray("findings");
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (seen.add(f.fingerprint())) {
                list.addObject().put("fingerprint", f.fingerprint()).put("ruleId", f.ruleId())
                        .put("subject", f.subject().label()).put("severity", f.severity().id());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a baseline file written by {@link #render}.
     *
     * @throws GateFileException naming the file (and line) when it is missing, not JSON or not a baseline
     */
    public static Baseline read(Path file) throws GateFileException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new GateFileException(file, 0, "no such baseline file; make one with 'candor baseline AUDIT-DIR'", e);
        } catch (JsonProcessingException e) {
            throw new GateFileException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new GateFileException(file, 0, "cannot read it (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.path("findings").isArray() || !root.has("candorBaseline")) {
            throw new GateFileException(file, 0, "not a Candor baseline (no candorBaseline and findings); make one with 'candor baseline AUDIT-DIR'", null);
        }
        if (root.path("candorBaseline").asInt() > FORMAT) {
            throw new GateFileException(file, 0, "written by a newer Candor (format " + root.path("candorBaseline").asInt()
                    + "); use that version or make the baseline again", null);
        }
        Set<String> fps = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode f : root.path("findings")) {
            i++;
            String fp = f.path("fingerprint").asText("");
            if (!fp.matches("[0-9a-fA-F]{16}")) {
                throw new GateFileException(file, 0, "finding " + i + " has no 16-digit fingerprint", null);
            }
            fps.add(fp.toLowerCase(java.util.Locale.ROOT));
        }
        return new Baseline(root.path("source").asText(null), fps);
    }
}
