package dev.candor.scan.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The host side of autoconsent's message protocol: what Candor sends to the content script. The
 * content script is never told to act on its own ({@code autoAction} is an explicit null; a missing
 * key would default to opting out), prehide and cosmetic rules are off so that the banner stays
 * visible and a hidden banner is never mistaken for an answer, and heuristics are off because they
 * can only reject.
 */
final class AutoconsentMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AutoconsentMessages() {}

    /** The configuration sent in every {@code initResp}. */
    static ObjectNode config() {
        ObjectNode c = JSON.createObjectNode();
        c.put("enabled", true);
        c.putNull("autoAction");
        c.put("enablePrehide", false);
        c.put("enableCosmeticRules", false);
        c.put("enableGeneratedRules", true);
        c.put("detectRetries", 20);
        c.put("isMainWorld", true);
        c.put("heuristicMode", "off");
        c.putObject("logs").put("errors", true);
        return c;
    }

    /** {@code {type:'initResp', config, rules}} as one JSON string. */
    static String initResponse(JsonNode rules) {
        ObjectNode msg = JSON.createObjectNode();
        msg.put("type", "initResp");
        msg.set("config", config());
        msg.set("rules", rules);
        return write(msg);
    }

    /** {@code {type:'evalResp', id, result}}. */
    static String evalResponse(Object id, Object result) {
        ObjectNode msg = JSON.createObjectNode();
        msg.put("type", "evalResp");
        msg.set("id", JSON.valueToTree(id));
        msg.set("result", JSON.valueToTree(result));
        return write(msg);
    }

    /** {@code {type:'optIn'}} or {@code {type:'optOut'}}. */
    static String action(String type) {
        ObjectNode msg = JSON.createObjectNode();
        msg.put("type", type);
        return write(msg);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
