package dev.candor.scan.browser;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a cookie notice by what it is, not by its buttons: a visible fixed, sticky or dialog
 * element (or one whose id or class names cookies or consent) whose text speaks of cookies or
 * consent. So a notice whose only control is "Continue" is a banner without a reject option, not
 * a missing banner.
 */
final class NoticeProbe {

    /**
     * A notice found.
     *
     * @param text its first words
     * @param controls the visible labels of its buttons and links
     */
    record Notice(String text, List<String> controls) {
        Notice {
            controls = List.copyOf(controls);
        }
    }

    /** A function returning the notice element of the document, or null. */
    static final String NOTICE_ELEMENT = """
            () => {
              const words = /cookie|tracking|tracker|samtykke|einwilligung|consentement|toestemming|consenso|consentimiento/i;
              const keyword = /cookie|consent|gdpr|cmp|samtykke/i;
              const visible = e => {
                const r = e.getBoundingClientRect();
                if (r.width < 40 || r.height < 20) { return false; }
                const cs = getComputedStyle(e);
                return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0.05;
              };
              const candidates = [];
              for (const e of document.body ? document.body.querySelectorAll('*') : []) {
                const cs = getComputedStyle(e);
                const role = e.getAttribute('role');
                const banner = cs.position === 'fixed' || cs.position === 'sticky' || role === 'dialog' || role === 'alertdialog'
                  || (e.tagName === 'DIALOG' && e.open) || keyword.test((e.id || '') + ' ' + (e.getAttribute('class') || ''));
                if (!banner || !visible(e)) { continue; }
                const text = (e.innerText || '').trim();
                if (text.length < 40 || text.length > 4000 || !words.test(text)) { continue; }
                candidates.push(e);
                if (candidates.length > 20) { break; }
              }
              // the innermost candidate: the notice itself, not the page wrapper around it
              return candidates.find(c => !candidates.some(o => o !== c && c.contains(o))) || null;
            }""";

    private static final String PROBE = """
            () => {
              const visible = e => {
                const r = e.getBoundingClientRect();
                if (r.width < 40 || r.height < 20) { return false; }
                const cs = getComputedStyle(e);
                return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0.05;
              };
              const notice = (""" + NOTICE_ELEMENT + """
            )();
              if (!notice) { return null; }
              const controls = [...notice.querySelectorAll('button, a, [role=button], input[type=button], input[type=submit]')]
                .filter(visible)
                .map(c => (c.innerText || c.value || c.getAttribute('aria-label') || '').trim().slice(0, 80))
                .filter(t => t.length > 0);
              return { text: notice.innerText.trim().replace(/\\s+/g, ' ').slice(0, 160), controls: controls.slice(0, 12) };
            }""";

    private NoticeProbe() {}

    /** The first notice in the page's frames, main frame first; empty when none (or the page is gone). */
    @SuppressWarnings("unchecked")
    static Optional<Notice> find(Page page) {
        for (Frame frame : page.frames()) {
            try {
                Object r = frame.evaluate(PROBE);
                if (r instanceof Map<?, ?> m) {
                    List<String> controls = new ArrayList<>();
                    if (m.get("controls") instanceof List<?> list) {
                        list.forEach(c -> controls.add(String.valueOf(c)));
                    }
                    return Optional.of(new Notice(String.valueOf(m.get("text")), controls));
                }
            } catch (PlaywrightException e) {
                // a detached or navigating frame has no notice to offer
            }
        }
        return Optional.empty();
    }
}
