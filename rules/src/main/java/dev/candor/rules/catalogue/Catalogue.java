package dev.candor.rules.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.model.Phase;
import dev.candor.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rules Candor knows, in catalogue order. Immutable; {@link #builtIn()} is read once. */
public final class Catalogue {

    private static final String RESOURCE = "/dev/candor/rules/catalogue/catalogue.json";
    private static volatile Catalogue builtIn;

    private final String version;
    private final Map<String, RuleDefinition> rules;

    private Catalogue(String version, List<RuleDefinition> rules) {
        this.version = version;
        Map<String, RuleDefinition> m = new LinkedHashMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        this.rules = java.util.Collections.unmodifiableMap(m);
    }

    /** The catalogue shipped with this build. */
    public static Catalogue builtIn() {
        if (builtIn == null) {
            synchronized (Catalogue.class) {
                if (builtIn == null) {
                    builtIn = read();
                }
            }
        }
        return builtIn;
    }

    public String version() {
        return version;
    }

    public Collection<RuleDefinition> rules() {
        return rules.values();
    }

    public Optional<RuleDefinition> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * Checks rule ids given in configuration.
     *
     * @throws UnknownRuleException naming the first unknown id and the ids that exist
     */
    public void requireKnown(Collection<String> ids, String where) {
        for (String id : ids) {
            if (!rules.containsKey(id)) {
                throw new UnknownRuleException(where + ": unknown rule id '" + id + "'; known ids: " + String.join(", ", rules.keySet()));
            }
        }
    }

    public Set<String> ids() {
        return rules.keySet();
    }

    private static Catalogue read() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<RuleDefinition> out = new ArrayList<>();
            for (JsonNode r : root.path("rules")) {
                out.add(new RuleDefinition(r.path("id").asText(), r.path("title").asText(),
                        Severity.parse(r.path("severity").asText()),
                        r.path("phase").isTextual() ? Phase.fromId(r.path("phase").asText()) : null,
                        r.path("legalReference").asText(), r.path("rationale").asText(), r.path("remediation").asText(),
                        r.path("mustNotFlag").asText(), r.path("since").asText(), r.path("scope").asText(null)));
            }
            return new Catalogue(root.path("version").asText(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
