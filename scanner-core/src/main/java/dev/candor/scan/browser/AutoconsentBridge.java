package dev.candor.scan.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.candor.model.ConsentAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message protocol between autoconsent, running in every frame of a profile, and Candor: its
 * bundle as an init script, the binding it reports through, the answers to its {@code init} and
 * {@code eval} requests, and what it reported per page ({@link AutoconsentEvents}). Autoconsent's
 * claims go to {@link ConsentDriver}, which never trusts them alone.
 */
final class AutoconsentBridge {

    static final String BINDING = "autoconsentSendMessage";
    static final String BUNDLE = "/autoconsent/dist/autoconsent.playwright.js";
    private static final long RESULT_WAIT_MS = 8_000;
    private static final String SEND = "s => { window.autoconsentReceiveMessage(JSON.parse(s)); }";
    private static volatile String bundle;

    private final AutoconsentRules rules;
    private final Map<Page, AutoconsentEvents> events = new ConcurrentHashMap<>();

    /** What autoconsent claims it did: whether it succeeded, with how many clicks, and why not. */
    record Claim(boolean ok, int clicks, String detail) {}

    private AutoconsentBridge(AutoconsentRules rules) {
        this.rules = rules;
    }

    /** Wires autoconsent into every page and frame of {@code context}; call before its first navigation. */
    static AutoconsentBridge install(BrowserContext context, AutoconsentRules rules) {
        AutoconsentBridge bridge = new AutoconsentBridge(rules);
        context.exposeBinding(BINDING, (source, args) -> {
            Frame frame = source.frame();
            if (frame != null && args.length > 0 && args[0] instanceof Map<?, ?> message) {
                bridge.onMessage(frame, message);
            }
            return null;
        });
        context.addInitScript(bundle());
        return bridge;
    }

    /** What autoconsent reported for {@code page}'s current document so far; null before its first message. */
    AutoconsentEvents events(Page page) {
        return events.get(page);
    }

    /** The events of {@code page}, started empty when autoconsent has not reported yet. */
    AutoconsentEvents eventsOrNew(Page page) {
        return events.computeIfAbsent(page, p -> new AutoconsentEvents());
    }

    /** Asks autoconsent to opt in or out on the popup it found, and waits for its claim. */
    Claim run(Page page, AutoconsentEvents ev, ConsentAction action, String cmp) {
        String type = action == ConsentAction.ACCEPT ? "optIn" : "optOut";
        ev.expect(type + "Result");
        try {
            ev.popupFrame().evaluate(SEND, AutoconsentMessages.action(type));
        } catch (PlaywrightException e) {
            return new Claim(false, 0, "autoconsent could not be asked to " + type + ": " + ProfileLauncher.firstLine(e.getMessage()));
        }
        if (!ConsentDriver.waitFor(page, () -> ev.result() != null, RESULT_WAIT_MS)) {
            return new Claim(false, 0, "autoconsent (" + cmp + ") gave no " + type + " result");
        }
        if (!ev.result()) {
            return new Claim(false, 0, "autoconsent (" + cmp + ") failed to " + type
                    + (ev.error() == null ? "" : ": " + ev.error()));
        }
        ConsentDriver.waitFor(page, ev::done, RESULT_WAIT_MS);
        int clicks = Math.max(ev.doneClicks(), 0);
        // generated and opt-out-only rules report opt-in success without clicking anything
        if (action == ConsentAction.ACCEPT && clicks == 0 && rules.isDeclarative(cmp)) {
            return new Claim(false, 0, "autoconsent (" + cmp + ") reported optIn with 0 clicks");
        }
        return new Claim(true, clicks, null);
    }

    private void onMessage(Frame frame, Map<?, ?> message) {
        String url = frame.url();
        if (url.startsWith("about:")) {
            return;
        }
        Page page = frame.page();
        AutoconsentEvents ev = events.computeIfAbsent(page, p -> {
            p.onClose(closed -> events.remove(closed));
            return new AutoconsentEvents();
        });
        boolean main = frame.parentFrame() == null;
        String cmp = String.valueOf(message.get("cmp"));
        switch (String.valueOf(message.get("type"))) {
            case "init" -> {
                if (main) {
                    ev.newDocument(url);
                }
                send(frame, AutoconsentMessages.initResponse(rules.forFrame(url, main)));
            }
            case "eval" -> {
                Object result;
                try {
                    result = frame.evaluate(String.valueOf(message.get("code")));
                } catch (PlaywrightException e) {
                    result = false;
                }
                send(frame, AutoconsentMessages.evalResponse(message.get("id"), result));
            }
            case "cmpDetected" -> ev.cmpDetected(cmp);
            case "popupFound" -> ev.popupFound(cmp, frame);
            case "optInResult", "optOutResult" ->
                    ev.result(String.valueOf(message.get("type")), Boolean.TRUE.equals(message.get("result")));
            case "autoconsentDone" -> ev.done(cmp, message.get("totalClicks") instanceof Number n ? n.intValue() : -1);
            case "autoconsentError" -> ev.error(String.valueOf(message.get("details")));
            case "report" -> {
                if (message.get("state") instanceof Map<?, ?> state && state.get("findCmpAttempts") instanceof Number n) {
                    ev.report(String.valueOf(message.get("instanceId")), Boolean.TRUE.equals(message.get("mainFrame")),
                            n.intValue(), String.valueOf(state.get("lifecycle")), System.nanoTime());
                }
            }
            default -> {
                // selfTestResult, visualDelay: nothing Candor relies on
            }
        }
    }

    private static void send(Frame frame, String json) {
        try {
            frame.evaluate(SEND, json);
        } catch (PlaywrightException e) {
            // the frame navigated or went away; its next document sends init again
        }
    }

    private static String bundle() {
        String b = bundle;
        if (b == null) {
            try (InputStream in = AutoconsentBridge.class.getResourceAsStream(BUNDLE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + BUNDLE + " on the class path (built by scanner-core's pom)");
                }
                b = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundle = b;
        }
        return b;
    }
}
