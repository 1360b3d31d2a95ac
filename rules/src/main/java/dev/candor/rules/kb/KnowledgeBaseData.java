package dev.candor.rules.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.model.policy.CookieCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the knowledge base's files: {@code vendors.json} (and user files in its format) and {@code cookies-ocd.tsv}. */
final class KnowledgeBaseData {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCES = "/dev/candor/rules/kb/";

    private KnowledgeBaseData() {}

    static List<Vendor> parseVendors(JsonNode root, String file) {
        if (root == null || !root.path("vendors").isArray()) {
            throw new KnowledgeBaseException(file + ": no \"vendors\" array; use the format of Candor's vendors.json");
        }
        List<Vendor> out = new ArrayList<>();
        int i = 0;
        for (JsonNode v : root.path("vendors")) {
            String where = file + ": vendors[" + i++ + "]";
            String id = required(v, "id", where);
            String name = required(v, "name", where + " (" + id + ")");
            String categoryText = required(v, "category", where + " (" + id + ")");
            CookieCategory category;
            try {
                category = CookieCategory.valueOf(categoryText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeBaseException(where + " (" + id + "): unknown category '" + categoryText
                        + "'; use necessary, functional, analytics, marketing, personalisation or social");
            }
            JsonNode transfer = v.path("transfer");
            List<String> aliases = new ArrayList<>(strings(v.path("aliases")));
            if (!aliases.contains(name)) {
                aliases.add(0, name);
            }
            List<String> domains = strings(v.path("domains")).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
            out.add(new Vendor(id, name, v.path("kind").asText("other"), category, strings(v.path("entities")), aliases,
                    domains, strings(v.path("cookies")), strings(v.path("storage")),
                    v.path("country").isTextual() ? v.path("country").asText() : null,
                    transfer.path("outsideEea").asBoolean(false),
                    transfer.path("mechanism").isTextual() ? transfer.path("mechanism").asText() : null));
        }
        return out;
    }

    private static String required(JsonNode v, String field, String where) {
        JsonNode n = v.path(field);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new KnowledgeBaseException(where + ": \"" + field + "\" is missing or not a string; every vendor needs id, name and category");
        }
        return n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static JsonNode readResource(String name) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> readOcd() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + "cookies-ocd.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length >= 8 && !cells[0].isEmpty()) {
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
