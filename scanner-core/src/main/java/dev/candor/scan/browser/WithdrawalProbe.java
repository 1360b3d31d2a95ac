package dev.candor.scan.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.candor.model.BannerDesign;
import dev.candor.model.Box;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks for a persistent way to reopen the consent choice on a page seen after accepting: a visible
 * link or button whose label names cookie or privacy settings in one of eight languages
 * ({@code reopen-labels.json}), or a consent manager's own floating reopen button (known selectors
 * in the same file). Runs inside the caller's watchdog bound.
 */
final class WithdrawalProbe {

    private static final String RESOURCE = "reopen-labels.json";
    private static final String PROBE_JS = BrowserScripts.load("withdrawal-probe.js");
    private static final int MAX_LABEL = 60;
    private static final int MAX_ROWS = 400;

    /**
     * A reopen control found.
     *
     * @param kind {@code link}, {@code button} or {@code widget}
     * @param text its label, or the widget's selector
     */
    record Found(String kind, String text, Box box) {}

    private final List<String> phrases;
    private final List<String> widgets;

    private WithdrawalProbe(List<String> phrases, List<String> widgets) {
        this.phrases = List.copyOf(phrases);
        this.widgets = List.copyOf(widgets);
    }

    /** The vocabulary shipped with Candor. */
    static WithdrawalProbe standard() {
        try (InputStream in = WithdrawalProbe.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " beside " + WithdrawalProbe.class.getName());
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> phrases = new ArrayList<>();
            root.path("phrases").forEach(lang -> lang.forEach(p -> phrases.add(ConsentLabels.normalise(p.asText()))));
            List<String> widgets = new ArrayList<>();
            root.path("widgets").forEach(w -> widgets.add(w.asText()));
            return new WithdrawalProbe(phrases, widgets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code label} names a way to reopen the consent choice. */
    boolean names(String label) {
        String text = ConsentLabels.normalise(label);
        if (text.isEmpty() || text.length() > MAX_LABEL) {
            return false;
        }
        String padded = " " + text + " ";
        return phrases.stream().anyMatch(p -> padded.contains(" " + p + " "));
    }

    /** The first reopen control on the page, main frame first; empty when there is none. */
    Optional<Found> find(Page page) {
        for (Frame frame : page.frames()) {
            try {
                Object raw = frame.evaluate(PROBE_JS, Arrays.asList(BannerFinder.CLICKABLE, widgets, MAX_LABEL, MAX_ROWS));
                if (!(raw instanceof List<?> rows)) {
                    continue;
                }
                for (Object row : rows) {
                    if (!(row instanceof Map<?, ?> r)) {
                        continue;
                    }
                    String text = String.valueOf(r.get("text"));
                    if (text.length() > BannerDesign.MAX_LABEL) {
                        text = text.substring(0, BannerDesign.MAX_LABEL);
                    }
                    boolean widget = r.get("widget") != null;
                    if (widget || names(text)) {
                        String kind = widget ? "widget" : "a".equals(r.get("tag")) ? "link" : "button";
                        return Optional.of(new Found(kind, text, box(r.get("box"))));
                    }
                }
            } catch (PlaywrightException e) {
                // a frame that navigated away offers nothing
            }
        }
        return Optional.empty();
    }

    private static Box box(Object raw) {
        if (!(raw instanceof Map<?, ?> b)) {
            return null;
        }
        return new Box(number(b.get("x")), number(b.get("y")), number(b.get("width")), number(b.get("height")));
    }

    private static double number(Object o) {
        return o instanceof Number n && Double.isFinite(n.doubleValue()) ? Math.round(n.doubleValue() * 10) / 10.0 : 0;
    }
}
