package dev.candor.scan.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * autoconsent's declarative rules ({@code rules/rules.json} of the pinned package), filtered per
 * frame the way upstream filters its compact rules: the main frame gets the rules that may run there
 * and whose {@code urlPattern} (if any) matches; an iframe only the rules marked for frames. Sending
 * all 797 rules to every frame costs up to a second per frame.
 */
final class AutoconsentRules {

    static final String RESOURCE = "/autoconsent/rules/rules.json";
    private static volatile AutoconsentRules standard;

    private record Rule(JsonNode json, boolean main, boolean frame, Pattern urlPattern) {}

    private final List<Rule> rules;
    private final Set<String> names;

    private AutoconsentRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> n = new HashSet<>();
        rules.forEach(r -> n.add(r.json().path("name").asText()));
        this.names = Set.copyOf(n);
    }

    /** The rules shipped in the autoconsent package on the class path. */
    static AutoconsentRules standard() {
        AutoconsentRules r = standard;
        if (r == null) {
            try (InputStream in = AutoconsentRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE + " on the class path (built by scanner-core's pom)");
                }
                r = parse(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = r;
        }
        return r;
    }

    /** Parses {@code {"autoconsent":[...]}}. */
    static AutoconsentRules parse(JsonNode root) {
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : root.path("autoconsent")) {
            JsonNode ctx = rule.path("runContext");
            // upstream defaults: main true, frame false
            boolean main = !ctx.path("main").isBoolean() || ctx.path("main").asBoolean();
            boolean frame = ctx.path("frame").asBoolean(false);
            Pattern pattern = null;
            String url = ctx.path("urlPattern").asText("");
            if (!url.isEmpty()) {
                try {
                    pattern = Pattern.compile(url);
                } catch (PatternSyntaxException e) {
                    continue; // a JS-only regex feature: the rule could never match here anyway
                }
            }
            rules.add(new Rule(rule, main, frame, pattern));
        }
        return new AutoconsentRules(rules);
    }

    /** The rules a frame at {@code url} should get, as {@code {"autoconsent":[...]}}. */
    ObjectNode forFrame(String url, boolean mainFrame) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Rule r : rules) {
            boolean runsHere = mainFrame ? r.main() : r.frame();
            if (runsHere && (r.urlPattern() == null || r.urlPattern().matcher(url).find())) {
                out.add(r.json());
            }
        }
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.set("autoconsent", out);
        return wrapper;
    }

    /** Whether {@code cmp} names a declarative rule; other names are autoconsent's code-based CMPs or heuristics. */
    boolean isDeclarative(String cmp) {
        return names.contains(cmp);
    }

    int size() {
        return rules.size();
    }
}
