package dev.candor.maven;

import dev.candor.demo.DemoSite;
import dev.candor.demo.LocalSiteServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local HTTPS sites for the invoker ITs, started from an IT's {@code setup.groovy} in the invoking
 * JVM and stopped from its {@code verify.groovy}. The IT's pom names the site with tokens that are
 * replaced before the build: {@code SITE_HOST_RULE} (the Chromium argument that maps every host to
 * the server) and {@code IT_BASEDIR}.
 */
public final class ItSites {

    private static final Map<String, AutoCloseable> RUNNING = new ConcurrentHashMap<>();

    private ItSites() {}

    /** Serves the embedded demo shop for the IT in {@code basedir}. */
    public static void startDemo(File basedir) throws IOException {
        DemoSite site = DemoSite.start();
        RUNNING.put(basedir.getAbsolutePath(), site);
        fill(basedir, site.browserArgs().get(0));
    }

    /** Serves the IT's own {@code site/} folder (one folder per host name). */
    public static void startOwn(File basedir) throws IOException {
        LocalSiteServer server = LocalSiteServer.fromDirectory(basedir.toPath().resolve("site"));
        RUNNING.put(basedir.getAbsolutePath(), server);
        fill(basedir, server.hostResolverRule());
    }

    /** Fills the tokens of the IT's pom without starting a site. */
    public static void fillOnly(File basedir) throws IOException {
        fill(basedir, "");
    }

    /** Stops the site of the IT in {@code basedir}, if one runs. */
    public static void stop(File basedir) throws Exception {
        AutoCloseable site = RUNNING.remove(basedir.getAbsolutePath());
        if (site != null) {
            site.close();
        }
    }

    private static void fill(File basedir, String hostRule) throws IOException {
        Path pom = basedir.toPath().resolve("pom.xml");
        String text = Files.readString(pom, StandardCharsets.UTF_8)
                .replace("SITE_HOST_RULE", hostRule)
                .replace("IT_BASEDIR", basedir.getAbsolutePath());
        Files.writeString(pom, text, StandardCharsets.UTF_8);
    }
}
