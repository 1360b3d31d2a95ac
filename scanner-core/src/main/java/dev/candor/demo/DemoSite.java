package dev.candor.demo;

import dev.candor.core.AuditRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Kaffeebohne, the small coffee shop that {@code candor demo} audits, served with all its third
 * parties by a {@link LocalSiteServer} on loopback. Nothing leaves the machine: the browser maps every
 * host name to this server ({@link #browserArgs()}).
 *
 * <p>The site has three planted violations for the demo to find: a Hotjar-like recorder that runs
 * before any consent, a LinkedIn Insight-like pixel that still fires after "Reject all", and an
 * analytics cookie ({@code _ga}) that asks for two years while the policy promises 13 months.
 */
public final class DemoSite implements AutoCloseable {

    /** Where the site's host folders live on the class path. */
    public static final String CLASSPATH_ROOT = "/dev/candor/demo/site";

    /** The shop's start page. */
    public static final URI START_URL = URI.create("https://www.kaffeebohne-shop.de/");

    private final LocalSiteServer server;

    private DemoSite(LocalSiteServer server) {
        this.server = server;
    }

    /** Starts the server on a free loopback port. */
    public static DemoSite start() throws IOException {
        return new DemoSite(LocalSiteServer.fromClasspath(CLASSPATH_ROOT));
    }

    /** The shop's start page: {@code https://www.kaffeebohne-shop.de/}. */
    public URI startUrl() {
        return START_URL;
    }

    /** The Chromium arguments that send every host name to this server. */
    public List<String> browserArgs() {
        return List.of(server.hostResolverRule());
    }

    /** The server, for tests that look at the requests it answered. */
    public LocalSiteServer server() {
        return server;
    }

    /**
     * A request for auditing the demo, writing to {@code outputDir}; callers may change the rest.
     * It is insecure because the local server's certificate is self-signed and names no real host:
     * without accepting it the browser would refuse every page.
     */
    public AuditRequest.Builder request(Path outputDir) {
        return AuditRequest.builder(START_URL, outputDir).browserArgs(browserArgs()).insecure(true);
    }

    @Override
    public void close() {
        server.close();
    }
}
