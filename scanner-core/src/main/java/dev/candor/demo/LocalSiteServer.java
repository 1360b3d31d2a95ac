package dev.candor.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An HTTPS server on loopback that plays many hosts at once. Chromium is started with
 * {@code --host-resolver-rules} mapping every name to this port (see {@link #hostResolverRule()}),
 * so {@code https://www.facebook.com/tr} reaches this server, which answers from
 * {@code <root>/www.facebook.com/tr}.
 *
 * <p>A site is a folder per host. A file {@code X.headers} beside {@code X} adds response
 * headers, one {@code Name: value} per line; a line {@code Status: 302} sets the status, and a
 * line {@code Delay-Ms: 30000} holds the response back that long (to test page timeouts; the wait
 * ends early when the server closes).
 * A request for a directory serves its {@code index.html}. Unknown files answer 404. The
 * certificate is self-signed, so the browser must accept invalid certificates for these sites
 * (Candor's {@code --insecure}).
 */
public final class LocalSiteServer implements AutoCloseable {

    private static final String KEYSTORE = "/dev/candor/demo/local-sites.p12";
    /** Not a secret: the key only ever serves loopback test and demo sites. */
    private static final char[] KEYSTORE_PASSWORD = "candor-local".toCharArray();

    private final HttpsServer server;
    private final ExecutorService executor;
    private final SiteFiles files;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    /** One request the server answered. */
    public record Hit(String host, String method, String path, String query, int status, Map<String, List<String>> headers) {}

    private LocalSiteServer(SiteFiles files) throws IOException {
        this.files = files;
        this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.server.setHttpsConfigurator(new HttpsConfigurator(sslContext()));
        // a thread per open request: a route that never answers (Delay-Ms) must not starve the others
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "candor-local-site");
            t.setDaemon(true);
            return t;
        });
        this.server.setExecutor(executor);
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    /** Serves site folders from the class path under {@code root} (for example {@code /dev/candor/demo/site}). */
    public static LocalSiteServer fromClasspath(String root) throws IOException {
        return new LocalSiteServer(new ClasspathFiles(root));
    }

    /** Serves site folders from a directory on disk. */
    public static LocalSiteServer fromDirectory(Path root) throws IOException {
        return new LocalSiteServer(new DirectoryFiles(root));
    }

    /** The loopback port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The Chromium argument that sends every host name to this server. */
    public String hostResolverRule() {
        return "--host-resolver-rules=MAP * 127.0.0.1:" + port() + ", EXCLUDE localhost";
    }

    /** Every request answered so far, oldest first. */
    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String host = hostOf(exchange);
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            Optional<byte[]> body = Optional.empty();
            String resolved = null;
            if (!path.contains("..")) {
                for (String candidate : candidates(host, path)) {
                    body = files.read(candidate);
                    if (body.isPresent()) {
                        resolved = candidate;
                        break;
                    }
                }
            }
            int status = 200;
            long delayMs = 0;
            if (body.isEmpty()) {
                status = 404;
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                byte[] notFound = ("not found: " + host + path + "\n").getBytes(StandardCharsets.UTF_8);
                record(exchange, host, path, uri, status);
                exchange.sendResponseHeaders(status, notFound.length);
                exchange.getResponseBody().write(notFound);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", contentType(resolved));
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            Optional<byte[]> headerFile = files.read(resolved + ".headers");
            if (headerFile.isPresent()) {
                for (String line : new String(headerFile.get(), StandardCharsets.UTF_8).split("\r?\n")) {
                    int colon = line.indexOf(':');
                    if (line.isBlank() || line.startsWith("#") || colon < 1) {
                        continue;
                    }
                    String name = line.substring(0, colon).trim();
                    String value = line.substring(colon + 1).trim();
                    if (name.equalsIgnoreCase("Status")) {
                        status = Integer.parseInt(value);
                    } else if (name.equalsIgnoreCase("Delay-Ms")) {
                        delayMs = Long.parseLong(value);
                    } else if (name.equalsIgnoreCase("Content-Type")) {
                        exchange.getResponseHeaders().set("Content-Type", value);
                    } else {
                        exchange.getResponseHeaders().add(name, value);
                    }
                }
            }
            record(exchange, host, path, uri, status);
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
            byte[] bytes = body.get();
            if (head || status == 204 || status == 304) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a browser that hangs up mid-response is normal; the server carries on
        }
    }

    private void record(HttpExchange exchange, String host, String path, URI uri, int status) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
        hits.add(new Hit(host, exchange.getRequestMethod(), path, uri.getRawQuery(), status, headers));
    }

    private static List<String> candidates(String host, String path) {
        List<String> out = new ArrayList<>();
        String base = host + path;
        if (path.endsWith("/")) {
            out.add(base + "index.html");
        } else {
            out.add(base);
            out.add(base + "/index.html");
        }
        return out;
    }

    private static String hostOf(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            return "localhost";
        }
        host = host.trim().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > 0 && !host.endsWith("]")) {
            host = host.substring(0, colon);
        }
        return host;
    }

    private static String contentType(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".js") || name.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".json")) {
            return "application/json";
        } else if (name.endsWith(".gif")) {
            return "image/gif";
        } else if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (name.endsWith(".xml")) {
            return "application/xml";
        } else if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        } else if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }

    private static SSLContext sslContext() throws IOException {
        try (InputStream in = LocalSiteServer.class.getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IOException("missing " + KEYSTORE + " on the class path");
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, KEYSTORE_PASSWORD);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, KEYSTORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("cannot load the local sites' certificate: " + e.getMessage(), e);
        }
    }

    /** Where site files come from. */
    private sealed interface SiteFiles permits ClasspathFiles, DirectoryFiles {
        Optional<byte[]> read(String relative) throws IOException;
    }

    private record ClasspathFiles(String root) implements SiteFiles {
        @Override
        public Optional<byte[]> read(String relative) throws IOException {
            java.net.URL url = LocalSiteServer.class.getResource(root + "/" + relative);
            if (url == null || url.getPath().endsWith("/")) {
                return Optional.empty();
            }
            if ("file".equals(url.getProtocol())) {
                // on a file class path a directory resolves too, and would stream its listing
                try {
                    Path file = Path.of(url.toURI());
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                } catch (java.net.URISyntaxException e) {
                    return Optional.empty();
                }
            }
            try (InputStream in = url.openStream()) {
                return Optional.of(in.readAllBytes());
            } catch (IOException directoryInJar) {
                return Optional.empty();
            }
        }
    }

    private record DirectoryFiles(Path root) implements SiteFiles {
        @Override
        public Optional<byte[]> read(String relative) {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
