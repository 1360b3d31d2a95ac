package dev.candor.rules.checks;

import dev.candor.model.Lifetimes;
import dev.candor.model.CookieObservation;
import dev.candor.model.finding.Subject;
import java.time.Duration;
import java.util.regex.Pattern;

/** Cookies judged on their own attributes: lifetime and security flags. */
final class CookieChecks {

    private CookieChecks() {}

    /** 13 months of 30.44 days: the CNIL's limit for audience-measurement cookies, with a day's slack. */
    static final long THIRTEEN_MONTHS = Duration.ofDays(396).toSeconds();

    private static final Pattern SESSION_ID = Pattern.compile(
            "(?i)PHPSESSID|JSESSIONID|ASP\\.NET_SessionId|ASPSESSIONID.*|sessionid|session_id|connect\\.sid|laravel_session"
            + "|_session_id|SESS[0-9a-f]{32}|wordpress_logged_in_.*|CFID|CFTOKEN");

    /** {@code excessive-cookie-lifetime}: a tracking cookie asking for more than 13 months. */
    static void excessiveLifetime(Facts f, FindingSink sink) {
        for (Seen s : f.all()) {
            CookieObservation c = s.cookie();
            if (c == null || !s.tracking() || c.requestedLifetimeSeconds() == null || c.requestedLifetimeSeconds() <= THIRTEEN_MONTHS) {
                continue;
            }
            sink.report(new Subject(Subject.Kind.COOKIE, c.name(), c.name()), "Cookie " + c.name()
                    + (s.vendor() == null ? "" : " (" + s.vendor().name() + ")") + " asks to live "
                    + Lifetimes.words(c.requestedLifetimeSeconds()) + ", more than the 13 months regulators accept for tracking.",
                    s.evidence());
        }
    }

    /** {@code insecure-cookie}: on an HTTPS site, a persistent cookie without Secure, or a session id without HttpOnly. */
    static void insecureCookie(Facts f, FindingSink sink) {
        if (!f.https()) {
            return;
        }
        for (Seen s : f.all()) {
            CookieObservation c = s.cookie();
            if (c == null || c.blocked()) {
                continue;
            }
            boolean persistent = c.requestedLifetimeSeconds() != null && c.requestedLifetimeSeconds() > 0;
            boolean sessionId = SESSION_ID.matcher(c.name()).matches();
            if (persistent && !c.secure()) {
                sink.report(new Subject(Subject.Kind.COOKIE, c.name(), c.name()), "Cookie " + c.name() + " on " + c.domain()
                        + " is persistent but lacks the Secure attribute, so it may be sent over plain HTTP.", s.evidence());
            } else if (sessionId && !c.httpOnly()) {
                sink.report(new Subject(Subject.Kind.COOKIE, c.name(), c.name()), "Session cookie " + c.name()
                        + " lacks HttpOnly, so any script on the page can read it.", s.evidence());
            }
        }
    }
}
