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
     * Measures the banner a new visitor sees now, before any click, if {@link #bannerVisible()} saw
     * one (the before-consent phase's first page); the measurement goes into the phase's record.
     *
     * @param screenshotDir where to save the banner screenshot (inside the output directory)
     */
    default void measureBanner(Path screenshotDir) {
        // sessions without a browser have nothing to measure
    }

    /**
     * Accepts or rejects on the current page's banner and checks that it took effect.
     *
     * @param screenshotDir where to save the banner screenshot (inside the output directory)
     */
    ConsentAttempt consent(ConsentAction action, Path screenshotDir);

    /** Fetches a same-site text resource (for example {@code sitemap.xml}) with this profile; empty on any failure. */
    Optional<String> fetchText(String url);

    /**
     * Loads a document with this profile without recording it (call after {@link #finish()}): the
     * policy page, or the start page to look for policy links. HTML is rendered, so script-built
     * cookie tables are there; other types come back as bytes. Empty when it cannot be loaded at all.
     */
    Optional<FetchedDocument> fetchDocument(String url);

    /**
     * The start page as this phase's first visit rendered it, when it loaded as HTML: what the
     * policy step would otherwise load again to look for the policy link. Empty by default.
     */
    default Optional<FetchedDocument> startPage() {
        return Optional.empty();
    }

    /** Stops recording and returns everything recorded. Safe to call once; later calls return the same record. */
    PhaseRecord finish();

    @Override
    void close();

    /**
     * A document loaded outside the record.
     *
     * @param url the URL asked for
     * @param finalUrl where it ended up after redirects
     * @param status HTTP status of the final response
     * @param contentType the response's media type, lower-case, without parameters ({@code text/html})
     * @param body the raw response body
     * @param renderedHtml the DOM after scripts ran, for HTML; else null
     */
    record FetchedDocument(String url, String finalUrl, int status, String contentType, byte[] body, String renderedHtml) {
        public FetchedDocument {
            body = body == null ? new byte[0] : body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        /** Whether this is an HTML page. */
        public boolean isHtml() {
            return isHtml(contentType);
        }

        /** Whether a media type (lower-case, without parameters) is HTML. */
        public static boolean isHtml(String mediaType) {
            return "text/html".equals(mediaType) || "application/xhtml+xml".equals(mediaType);
        }
    }

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
