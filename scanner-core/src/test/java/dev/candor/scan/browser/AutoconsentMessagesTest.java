package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AutoconsentMessagesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void initResponseCarriesAnExplicitNullAutoAction() throws Exception {
        String text = AutoconsentMessages.initResponse(json.readTree("{\"autoconsent\":[]}"));
        // a missing autoAction defaults to optOut in autoconsent: the key must be there, null
        assertThat(text).contains("\"autoAction\":null");
        JsonNode msg = json.readTree(text);
        assertThat(msg.path("type").asText()).isEqualTo("initResp");
        JsonNode config = msg.path("config");
        assertThat(config.has("autoAction")).isTrue();
        assertThat(config.path("autoAction").isNull()).isTrue();
        assertThat(config.path("enabled").asBoolean()).isTrue();
        assertThat(config.path("enablePrehide").asBoolean(true)).isFalse();
        assertThat(config.path("enableCosmeticRules").asBoolean(true)).isFalse();
        assertThat(config.path("enableGeneratedRules").asBoolean()).isTrue();
        assertThat(config.path("detectRetries").asInt()).isEqualTo(20);
        assertThat(config.path("isMainWorld").asBoolean()).isTrue();
        assertThat(config.path("heuristicMode").asText()).isEqualTo("off");
        assertThat(config.path("logs").path("errors").asBoolean()).isTrue();
        assertThat(msg.path("rules").path("autoconsent").isArray()).isTrue();
    }

    @Test
    void evalResponseAndActions() throws Exception {
        assertThat(json.readTree(AutoconsentMessages.evalResponse(7, true)))
                .isEqualTo(json.readTree("{\"type\":\"evalResp\",\"id\":7,\"result\":true}"));
        assertThat(AutoconsentMessages.action("optOut")).isEqualTo("{\"type\":\"optOut\"}");
    }
}
