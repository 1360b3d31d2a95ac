package dev.candor.scan;

import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.PageVisit;
import dev.candor.model.PhaseRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A fresh browser profile recording one consent scenario. Everything the pages do while it is open
 * goes into the {@link PhaseRecord} returned by {@link #finish()}.
 */
public interface PhaseSession extends AutoCloseable {

    /**
     * Visits {@code url} and lets it settle. Never throws for what the page does (timeouts, crashes,
     * dialogs): those end up in the visit's outcome and events.
     */
    PageResult visit(String url);

    /** Whether a consent banner is visible on the current page. */
    boolean bannerVisible();

    /**
     * Accepts or rejects on the current page's banner and checks that it took effect.
     *
     * @param screenshotDir where to save the banner screenshot (inside the output directory)
     */
    ConsentAttempt consent(ConsentAction action, Path screenshotDir);

    /** Fetches a same-site text resource (for example {@code sitemap.xml}) with this profile; empty on any failure. */
    Optional<String> fetchText(String url);

    /** Stops recording and returns everything recorded. Safe to call once; later calls return the same record. */
    PhaseRecord finish();

    @Override
    void close();

    /**
     * A visit and the links its final document holds.
     *
     * @param visit the visit
     * @param links absolute http(s) URLs of {@code a[href]} on the page, in document order
     */
    record PageResult(PageVisit visit, List<String> links) {
        public PageResult {
            links = List.copyOf(links);
        }
    }
}
