package dev.candor.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Selenium Grid 4 in standalone mode (router, distributor and one node in one JVM) on
 * loopback, started from the selenium-grid jars Maven resolved for the tests, with one Chromium
 * driver configuration: {@code chromedriver} (Debian's chromium-driver, matching its chromium).
 * Its log is kept, so a test can count the sessions it created.
 */
final class LocalGrid implements AutoCloseable {

    private final Process process;
    private final URI url;
    private final Path log;

    private LocalGrid(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The chromedriver the node uses: {@code $CANDOR_CHROMEDRIVER}, then {@code chromedriver} on PATH. */
    static Path chromedriver() {
        String env = System.getenv("CANDOR_CHROMEDRIVER");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "chromedriver");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        String hint = "no chromedriver for the Grid's node: install Debian's package (sudo apt-get install chromium-driver) or set CANDOR_CHROMEDRIVER";
        if (System.getenv("CI") != null) {
            fail("CI needs " + hint);
        }
        Assumptions.abort(hint);
        throw new AssertionError("unreachable");
    }

    /** Starts a Grid whose node runs {@code driver} for up to {@code sessions} Chromium sessions at once. */
    static LocalGrid start(Path dir, Path driver, int sessions) throws IOException, InterruptedException {
        String classpath = Files.readString(Path.of(System.getProperty("candor.gridClasspath",
                "target/selenium-grid.classpath"))).trim();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(dir);
        Path config = dir.resolve("grid.toml");
        Files.writeString(config, String.join("\n",
                "[server]", "host = \"127.0.0.1\"", "port = " + port, "",
                "[node]", "detect-drivers = false", "selenium-manager = false", "override-max-sessions = true",
                "max-sessions = " + sessions, "",
                "[[node.driver-configuration]]", "display-name = \"chromium\"", "stereotype = '{\"browserName\": \"chrome\"}'",
                "max-sessions = " + sessions, "webdriver-executable = \"" + driver + "\"", ""), StandardCharsets.UTF_8);
        Path log = dir.resolve("grid.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-cp", classpath, "org.openqa.selenium.grid.Main",
                "standalone", "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalGrid grid = new LocalGrid(p, URI.create("http://127.0.0.1:" + port), log);
        grid.awaitReady();
        return grid;
    }

    URI url() {
        return url;
    }

    /** How many sessions the Grid created whose name ({@code se:name}) starts with {@code prefix}. */
    int sessionsCreated(String prefix) throws IOException {
        Matcher m = Pattern.compile("Session created by the Node\\. Id: \\S+, Caps: .*se:name: " + Pattern.quote(prefix))
                .matcher(Files.readString(log));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The sessions the Grid holds now. */
    int openSessions() throws IOException, InterruptedException {
        String status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("/status")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return (status.split("\"sessionId\"", -1).length - 1);
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // generous: two loaded cores start the Grid's JVM in 5 to 20 s
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Grid exited: " + Files.readString(log));
            }
            try {
                String body = http.send(HttpRequest.newBuilder(url.resolve("/status")).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (body.replace(" ", "").contains("\"ready\":true")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the Grid was not ready within 120 s: " + Files.readString(log));
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
