package dev.candor.rules.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code candor-suppressions.json}:
 * <pre>{"suppressions": [{"ruleId": "...", "reason": "...", "expires": "YYYY-MM-DD", "vendor": "..."}]}</pre>
 * Strictly: an unknown key is an error rather than ignored, because a misspelt narrowing
 * ({@code "cokie"}) would otherwise accept every finding of the rule.
 */
public final class SuppressionFile {

    private static final Set<String> KEYS = Set.of("ruleId", "reason", "expires", "vendor", "cookie", "host", "page",
            "fingerprint", "comment");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuppressionFile() {}

    /**
     * The entries of a suppressions file.
     *
     * @param knownRules the rule ids an entry may name
     * @throws GateFileException naming the file and line for a missing file, malformed JSON, an
     *     unknown key or rule, a missing ruleId or reason, or a date that is not YYYY-MM-DD
     */
    public static List<Suppression> read(Path file, Set<String> knownRules) throws GateFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GateFileException(file, 0, "no such suppressions file; create it or remove the setting", e);
        } catch (IOException e) {
            throw new GateFileException(file, 0, "cannot read it (" + e.getMessage() + ")", e);
        }
        List<Suppression> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(file, p, "expected an object {\"suppressions\": [...]}");
            }
            boolean seen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equals("suppressions")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw problem(file, p, "\"suppressions\" must be a list of entries");
                    }
                    seen = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int line = p.currentLocation().getLineNr();
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            throw new GateFileException(file, line, "each suppression must be an object with ruleId and reason", null);
                        }
                        JsonNode entry = JSON.readTree(p);
                        out.add(entry(file, entry, out.size() + 1, line, knownRules));
                    }
                } else if (key.startsWith("_") || key.equals("$schema") || key.equals("comment")) {
                    p.skipChildren();
                } else {
                    throw problem(file, p, "unknown key \"" + key + "\"; the file holds {\"suppressions\": [...]}");
                }
            }
            if (!seen) {
                throw new GateFileException(file, 1, "no \"suppressions\" list; the file holds {\"suppressions\": [...]}", null);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new GateFileException(file, line, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new GateFileException(file, 0, "cannot read it (" + e.getMessage() + ")", e);
        }
        return List.copyOf(out);
    }

    private static Suppression entry(Path file, JsonNode n, int index, int line, Set<String> knownRules)
            throws GateFileException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new GateFileException(file, line, "suppression " + index + " has an unknown key \"" + key
                        + "\"; use ruleId, reason, expires, vendor, cookie, host, page, fingerprint", null);
            }
            if (!n.get(key).isTextual()) {
                throw new GateFileException(file, line, "suppression " + index + ": \"" + key + "\" must be a string", null);
            }
        }
        String ruleId = text(n, "ruleId");
        String reason = text(n, "reason");
        if (ruleId == null) {
            throw new GateFileException(file, line, "suppression " + index + " has no \"ruleId\"; every suppression needs ruleId and reason", null);
        }
        if (!knownRules.contains(ruleId)) {
            throw new GateFileException(file, line, "suppression " + index + " names unknown rule id '" + ruleId
                    + "'; see 'candor rules' for the ids", null);
        }
        if (reason == null) {
            throw new GateFileException(file, line, "suppression " + index + " (" + ruleId
                    + ") has no \"reason\"; say why the risk is accepted", null);
        }
        LocalDate expires = null;
        String date = text(n, "expires");
        if (date != null) {
            try {
                expires = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new GateFileException(file, line, "suppression " + index + ": expires '" + date
                        + "' is not a date like 2027-03-31", e);
            }
        }
        return new Suppression(ruleId, reason, expires, text(n, "vendor"), text(n, "cookie"), text(n, "host"), text(n, "page"),
                text(n, "fingerprint"), index, line);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static GateFileException problem(Path file, JsonParser p, String message) {
        return new GateFileException(file, p.currentLocation().getLineNr(), message, null);
    }
}
