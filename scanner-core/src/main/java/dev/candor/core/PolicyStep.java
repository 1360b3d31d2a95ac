package dev.candor.core;

import dev.candor.core.settings.Setting;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.model.policy.ReadStatus;
import dev.candor.rules.policy.PolicyInput;
import dev.candor.rules.policy.PolicyLinkFinder;
import dev.candor.rules.policy.PolicyReadException;
import dev.candor.rules.policy.PolicyReader;
import dev.candor.scan.PhaseSession;
import dev.candor.scan.WebAddress;
import dev.candor.scan.PhaseSession.FetchedDocument;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Gets the policy for an audit: the file or URL the user gave, or the policy linked from the start
 * page (plus a separate cookie policy when there is one, read together with it), extracted into the
 * {@link PolicyEvidence} saved beside the record. Problems never stop the audit: they are the
 * {@code problems} of the returned evidence, whose status says what went wrong.
 */
final class PolicyStep {

    private final PolicyReader reader = new PolicyReader();

    /**
     * Reads a policy file given on the command line before the scan starts, so a typo fails in a
     * second rather than after minutes of browsing.
     */
    PolicyEvidence readFile(String policy) throws AuditException {
        Path file;
        try {
            file = Path.of(policy);
        } catch (InvalidPathException e) {
            throw new AuditException(AuditException.Kind.USAGE, Setting.POLICY.ref() + " '" + policy + "' is neither an http(s) URL nor a file path", null, e);
        }
        if (!Files.isRegularFile(file)) {
            throw new AuditException(AuditException.Kind.USAGE,
                    Setting.POLICY.ref() + " " + policy + ": no such file; give the policy's URL or the path of an HTML, PDF, text or Markdown file", null, null);
        }
        try {
            return reader.extract(PolicyInput.fromFile(file));
        } catch (PolicyReadException e) {
            throw new AuditException(AuditException.Kind.USAGE, e.getMessage(), null, e);
        }
    }

    /** Fetches and reads a policy URL, or finds the policy from the start page when {@code policyUrl} is null. */
    PolicyEvidence fetchAndRead(PhaseSession session, String policyUrl, String startUrl) {
        if (policyUrl != null) {
            return read(session, policyUrl, Optional.empty());
        }
        // the start page as before-consent rendered it, or loaded again when that visit kept none
        Optional<FetchedDocument> start = session.startPage().filter(d -> d.url().equals(startUrl))
                .or(() -> session.fetchDocument(startUrl));
        if (start.isEmpty() || start.get().renderedHtml() == null) {
            return notFound(startUrl, "could not load the start page again to look for a policy link; name the policy (--policy, candor.policy)");
        }
        PolicyLinkFinder.Found found;
        try {
            found = PolicyLinkFinder.find(browserLinks(start.get().renderedHtml(), start.get().finalUrl()), start.get().finalUrl());
        } catch (RuntimeException e) {
            // one link the finder cannot take must not cost the audit its policy step, nor the audit itself
            return notFound(startUrl, "could not read the start page's links (" + Auditor.oneLine(e) + "); name the policy (--policy, candor.policy)");
        }
        if (found.privacy().isEmpty()) {
            return notFound(startUrl, "no privacy policy link found on the start page; name the policy (--policy, candor.policy)");
        }
        return read(session, found.privacy().get().url(), found.cookie().map(PolicyLinkFinder.PolicyLink::url));
    }

    private PolicyEvidence read(PhaseSession session, String url, Optional<String> cookieUrl) {
        Optional<FetchedDocument> doc = session.fetchDocument(url);
        if (doc.isEmpty()) {
            return notFound(url, "policy " + url + " could not be loaded; check the URL or name a policy file (--policy, candor.policy)");
        }
        FetchedDocument d = doc.get();
        if (d.status() >= 400) {
            return notFound(url, "policy " + url + " answered HTTP " + d.status() + "; check the URL or name a policy file (--policy, candor.policy)");
        }
        if (d.isHtml() && looksLikeLogin(d.renderedHtml())) {
            return notFound(url, "policy " + url + " shows a login page, not a policy; pass the public policy URL or a file");
        }
        PolicyInput input;
        if (d.isHtml()) {
            String html = d.renderedHtml();
            Optional<FetchedDocument> cookie = cookieUrl.flatMap(session::fetchDocument)
                    .filter(c -> c.status() < 400 && c.isHtml() && c.renderedHtml() != null);
            String source = d.finalUrl();
            if (cookie.isPresent()) {
                // one document, so claims from both share one text, one language and one Art. 13 view
                html = combine(html, cookie.get().renderedHtml());
                source = d.finalUrl() + " + " + cookie.get().finalUrl();
            }
            input = new PolicyInput.Html(html, d.finalUrl(), source);
        } else {
            String name = d.finalUrl().replaceFirst("[?#].*$", "");
            input = PolicyInput.fromBytes(d.body(), name.substring(name.lastIndexOf('/') + 1), d.finalUrl());
        }
        return reader.extract(input);
    }

    /**
     * The page with every link resolved and written as a browser would request it ({@link WebAddress}),
     * and links no browser would follow removed, so a {@code |} or a stray {@code %} in one href cannot
     * trip a reader that expects RFC 3986 addresses.
     */
    static String browserLinks(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl);
        for (org.jsoup.nodes.Element a : doc.select("a[href]")) {
            Optional<java.net.URI> parsed = WebAddress.parse(a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href"));
            if (parsed.isPresent()) {
                a.attr("href", parsed.get().toString());
            } else {
                a.removeAttr("href");
            }
        }
        return doc.outerHtml();
    }

    private PolicyEvidence notFound(String source, String problem) {
        return PolicyEvidence.notRead(source, ReadStatus.NOT_FOUND, problem);
    }

    private static boolean looksLikeLogin(String html) {
        if (html == null) {
            return false;
        }
        Document doc = Jsoup.parse(html);
        return !doc.select("input[type=password]").isEmpty() && doc.body().text().length() < 3000;
    }

    private static String combine(String policyHtml, String cookieHtml) {
        Document main = Jsoup.parse(policyHtml);
        Document cookie = Jsoup.parse(cookieHtml);
        main.body().appendElement("section").html(cookie.body().html());
        return main.outerHtml();
    }
}
