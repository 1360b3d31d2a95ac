package dev.candor.bench;

import dev.candor.demo.LocalSiteServer;

/**
 * Serves a fixture site folder from the test class path (for example {@code /sites/hostile}) on a
 * loopback port until killed, and prints the Chromium argument that maps every host to it, for
 * scripts that drive the real CLI against fixtures ({@code bench/fault-suite.sh}).
 */
public final class FixtureServer {

    private FixtureServer() {}

    public static void main(String[] args) throws Exception {
        String root = args.length > 0 ? args[0] : "/sites/hostile";
        try (LocalSiteServer server = LocalSiteServer.fromClasspath(root)) {
            System.out.println(server.hostResolverRule());
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
