package dev.candor.core;

import dev.candor.core.settings.Setting;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.scan.ScanException;

/** The start page decides whether there is an audit at all: it must load as an HTML page. */
final class StartPage {

    private StartPage() {}

    /** The start page must load as an HTML page; anything else ends the audit with exit 3. */
    static void requireReachable(PageVisit visit) throws ScanException {
        String url = visit.url();
        if (visit.outcome() == PageOutcome.LOADED && (visit.status() == null || visit.status() < 400)) {
            return;
        }
        String cause = visit.detail() == null ? visit.outcome().id() : visit.detail();
        String fix;
        if (visit.status() != null && visit.status() >= 400) {
            cause = "the server answered HTTP " + visit.status();
            fix = "check the URL, or audit a page that answers 200";
        } else if (cause.contains("ERR_NAME_NOT_RESOLVED")) {
            fix = "check the host name and your DNS";
        } else if (cause.contains("ERR_TOO_MANY_REDIRECTS")) {
            cause = "redirect loop (" + cause + ")";
            fix = "audit the URL the site finally serves, or fix its redirects";
        } else if (cause.contains("ERR_CERT") || cause.contains("ERR_SSL") || cause.contains("SSL")) {
            fix = "fix the site's certificate, or pass " + Setting.INSECURE.ref() + " to accept it (the report says so)";
        } else if (cause.contains("not an HTML document") || cause.contains("Download is starting")) {
            cause = "not HTML (" + cause + ")";
            fix = "give the URL of an HTML page";
        } else if (visit.outcome() == PageOutcome.TIMEOUT) {
            fix = "raise " + Setting.TIMEOUT.ref() + " or check that the site is up";
        } else {
            fix = "check the URL and that the site is up";
        }
        throw new ScanException(ScanException.Kind.SITE_UNREACHABLE, url + ": start page unreachable: " + cause + "; " + fix);
    }
}
