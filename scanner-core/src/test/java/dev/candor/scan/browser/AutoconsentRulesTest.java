package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoconsentRulesTest {

    private static final String RULES = """
            {"autoconsent": [
              {"name": "everywhere"},
              {"name": "main only", "runContext": {"main": true, "frame": false}},
              {"name": "frame only", "runContext": {"main": false, "frame": true}},
              {"name": "both", "runContext": {"main": true, "frame": true}},
              {"name": "shop site", "runContext": {"urlPattern": "^https?://(www\\\\.)?shop\\\\.de/"}},
              {"name": "shop frame", "runContext": {"main": false, "frame": true, "urlPattern": "^https://consent\\\\.shop\\\\.de/"}}
            ]}""";

    private final AutoconsentRules rules = AutoconsentRules.parse(read(RULES));

    @Test
    void mainFrameGetsRulesThatMayRunThereAndMatchItsUrl() {
        assertThat(names(rules.forFrame("https://www.other.com/", true))).containsExactly("everywhere", "main only", "both");
        assertThat(names(rules.forFrame("https://www.shop.de/cart", true)))
                .containsExactly("everywhere", "main only", "both", "shop site");
    }

    @Test
    void iframesGetOnlyFrameRules() {
        assertThat(names(rules.forFrame("https://ads.example/", false))).containsExactly("frame only", "both");
        assertThat(names(rules.forFrame("https://consent.shop.de/x", false))).containsExactly("frame only", "both", "shop frame");
    }

    @Test
    void codeBasedCmpsAreNotDeclarative() {
        assertThat(rules.isDeclarative("shop site")).isTrue();
        assertThat(rules.isDeclarative("Klaro")).isFalse();
    }

    @Test
    void shippedRulesAreFilteredToAFractionForAnUnknownSite() {
        AutoconsentRules shipped = AutoconsentRules.standard();
        assertThat(shipped.size()).isGreaterThan(500);
        int main = shipped.forFrame("https://www.unknown-shop.de/", true).path("autoconsent").size();
        int frame = shipped.forFrame("https://www.unknown-shop.de/", false).path("autoconsent").size();
        assertThat(main).isBetween(1, shipped.size() / 2);
        assertThat(frame).isLessThan(main);
        assertThat(shipped.isDeclarative("cookieconsent3")).isTrue();
        assertThat(shipped.isDeclarative("Klaro")).isFalse();
    }

    private static List<String> names(JsonNode wrapper) {
        List<String> out = new ArrayList<>();
        wrapper.path("autoconsent").forEach(r -> out.add(r.path("name").asText()));
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
