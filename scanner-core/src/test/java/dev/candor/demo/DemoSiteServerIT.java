package dev.candor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo site answers as each host through one loopback port. Plain TLS sockets write the
 * {@code Host} header themselves: the JDK's HTTP clients refuse to set it without JVM-wide flags.
 */
class DemoSiteServerIT {

    private static DemoSite site;

    @BeforeAll
    static void start() throws IOException {
        site = DemoSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void startPageHasTheBanner() throws Exception {
        Response r = get("www.kaffeebohne-shop.de", "/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("content-type")).startsWith("text/html");
        assertThat(r.body()).contains("<div id=\"kb-consent\"", "Accept all", "Reject all", "Settings");
    }

    @Test
    void metaPixelAnswerSetsFr() throws Exception {
        Response r = get("www.facebook.com", "/tr?id=1234567890123456&ev=PageView&noscript=1");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("content-type")).isEqualTo("image/gif");
        assertThat(r.headers("set-cookie")).singleElement().asString()
                .startsWith("fr=").endsWith("; Max-Age=63072000; Domain=.facebook.com; Path=/; SameSite=None; Secure");
    }

    @Test
    void linkedInAnswerSetsLiGc() throws Exception {
        Response r = get("px.ads.linkedin.com", "/collect?pid=4242424&fmt=gif");
        assertThat(r.headers("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("li_gc=").contains("Max-Age=15552000"));
    }

    @Test
    void gtagIsServedAsJavaScriptAndCollectIsEmpty() throws Exception {
        assertThat(get("www.googletagmanager.com", "/gtag/js?id=G-DEMO4KB2024").header("content-type"))
                .startsWith("text/javascript");
        assertThat(get("www.google-analytics.com", "/g/collect?v=2&tid=G-DEMO4KB2024").status()).isEqualTo(204);
    }

    @Test
    void unknownFilesAndHostsAnswer404() throws Exception {
        assertThat(get("www.kaffeebohne-shop.de", "/no-such-page.html").status()).isEqualTo(404);
        assertThat(get("www.example.org", "/").status()).isEqualTo(404);
    }

    @Test
    void sitemapListsThePages() throws Exception {
        Response r = get("www.kaffeebohne-shop.de", "/sitemap.xml");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<loc>https://www.kaffeebohne-shop.de/products.html</loc>",
                "<loc>https://www.kaffeebohne-shop.de/products/hochland-espresso.html</loc>",
                "<loc>https://www.kaffeebohne-shop.de/datenschutz.html</loc>");
    }

    @Test
    void requestsAreRecordedPerHost() throws Exception {
        get("static.hotjar.com", "/c/hotjar-12345.js?sv=6");
        assertThat(site.server().hits()).anySatisfy(h -> {
            assertThat(h.host()).isEqualTo("static.hotjar.com");
            assertThat(h.path()).isEqualTo("/c/hotjar-12345.js");
            assertThat(h.status()).isEqualTo(200);
        });
    }

    @Test
    void requestAddsTheResolverRuleAndAcceptsTheSelfSignedCertificate() {
        var request = site.request(java.nio.file.Path.of("out")).build();
        assertThat(request.target()).hasToString("https://www.kaffeebohne-shop.de/");
        assertThat(request.insecure()).isTrue();
        assertThat(request.browserArgs()).containsExactly(
                "--host-resolver-rules=MAP * 127.0.0.1:" + site.server().port() + ", EXCLUDE localhost");
    }

    private record Response(int status, List<String[]> headerLines, String body) {
        String header(String name) {
            List<String> all = headers(name);
            return all.isEmpty() ? null : all.get(0);
        }

        List<String> headers(String name) {
            return headerLines.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
        }
    }

    private static Response get(String host, String pathAndQuery) throws IOException, GeneralSecurityException {
        try (SSLSocket socket = (SSLSocket) trustAll().getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), site.server().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            List<String[]> headers = new ArrayList<>();
            long length = 0;
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                headers.add(new String[] {name, value});
                if (name.toLowerCase(Locale.ROOT).equals("content-length")) {
                    length = Long.parseLong(value);
                }
            }
            byte[] body = in.readNBytes((int) length);
            return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                buf.write(b);
            }
        }
        return buf.toString(StandardCharsets.ISO_8859_1);
    }

    /** Test only: the demo's certificate is self-signed. */
    private static SSLContext trustAll() throws GeneralSecurityException {
        X509TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, null);
        return context;
    }
}
