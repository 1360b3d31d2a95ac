package dev.candor.core;

import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.scan.Browser;
import dev.candor.scan.PhaseSession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A scripted browser: each URL answers with fixed links; records the calls made. Isolates the Auditor from Chromium. */
final class FakeBrowser implements Browser {

    final Map<String, List<String>> links;
    // the accept and reject sessions call in from their own threads
    final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    String sitemap;
    final Map<String, String> documents = new java.util.HashMap<>();
    final Map<String, Integer> statuses = new java.util.HashMap<>();
    Function<String, PageVisit> visitOverride = url -> null;
    RuntimeException failOnPhase;
    Phase failPhase;
    /** A phase whose finish takes a while, so that the other consent phase finishes first. */
    Phase slowPhase;

    FakeBrowser(Map<String, List<String>> links) {
        this.links = links;
    }

    @Override
    public String version() {
        return "FakeChromium 1.0";
    }

    @Override
    public PhaseSession open(Phase phase) {
        calls.add("open " + phase.id());
        if (phase == failPhase) {
            throw failOnPhase;
        }
        return new Session(phase);
    }

    @Override
    public void close() {
        calls.add("close");
    }

    private final class Session implements PhaseSession {
        final Phase phase;
        final List<PageVisit> pages = new ArrayList<>();
        final List<CookieObservation> cookies = new ArrayList<>();
        ConsentAttempt consent;

        Session(Phase phase) {
            this.phase = phase;
        }

        @Override
        public PageResult visit(String url) {
            calls.add(phase.id() + " visit " + url);
            PageVisit v = visitOverride.apply(url);
            if (v == null) {
                v = new PageVisit(url, url, "t", 200, PageOutcome.LOADED, null, 5, List.of());
            }
            pages.add(v);
            cookies.add(new CookieObservation("c" + pages.size(), "www.shop.example.com", "/", "v", "h", null, null, false, false,
                    null, false, CookieSource.HTTP, url, url, true, false, List.of(), 1L, null, pages.size() - 1));
            return new PageResult(v, links.getOrDefault(url, List.of()));
        }

        @Override
        public boolean bannerVisible() {
            return true;
        }

        @Override
        public ConsentAttempt consent(ConsentAction action, Path screenshotDir) {
            calls.add(phase.id() + " consent " + action.id());
            consent = new ConsentAttempt(action, "custom", "text-match", true, true, 1, true, "banner hidden", null, 10L, null, null);
            return consent;
        }

        @Override
        public Optional<String> fetchText(String url) {
            calls.add(phase.id() + " fetch " + url);
            return url.endsWith("/sitemap.xml") ? Optional.ofNullable(sitemap) : Optional.empty();
        }

        @Override
        public Optional<FetchedDocument> fetchDocument(String url) {
            calls.add(phase.id() + " document " + url);
            String html = documents.get(url);
            return html == null ? Optional.empty()
                    : Optional.of(new FetchedDocument(url, url, statuses.getOrDefault(url, 200), "text/html",
                            html.getBytes(java.nio.charset.StandardCharsets.UTF_8), html));
        }

        @Override
        public PhaseRecord finish() {
            if (phase == slowPhase) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            calls.add(phase.id() + " finish");
            return new PhaseRecord(phase, Instant.EPOCH, consent, true, pages, cookies, List.of(), List.of(), List.of());
        }

        @Override
        public void close() {
            calls.add(phase.id() + " close");
        }
    }
}
