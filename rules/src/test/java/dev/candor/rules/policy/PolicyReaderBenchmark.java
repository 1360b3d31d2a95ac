package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warm read time of a ~20-page policy (a plain main, not a test): the team's own policies'
 * sections repeated with varied numbers and names. Prints the median of 20 runs after 5 warm-up
 * runs against the 200 ms goal, then one read each of hostile sizes (a single paragraph without
 * sentence breaks of 148 KB, 1 MB and 5 MB, and 5 MB of short paragraphs) to show reading stays
 * linear and bounded. Run with {@code bench/policy-bench.sh}.
 */
public final class PolicyReaderBenchmark {
    private static final int WARMUP = 5;
    private static final int RUNS = 20;
    private static final double GOAL_MS = 200;

    private PolicyReaderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String html = buildPolicy();
        String body = html.substring(html.indexOf("<main>") + 6, html.indexOf("</main>"));
        PolicyReader reader = new PolicyReader();
        PolicyInput input = new PolicyInput.Html(html, "https://bench.example/privacy", "bench");
        PolicyAnalysis last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = reader.read(input);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            last = reader.read(input);
            times.add(System.nanoTime() - t0);
        }
        times.sort(Long::compare);
        double median = times.get(RUNS / 2) / 1e6;
        int words = html.replaceAll("<[^>]+>", " ").split("\\s+").length;
        System.out.printf(Locale.ROOT, "policy reader benchmark: %d chars HTML, ~%d words (~%d pages), %d claims%n",
                html.length(), words, words / 500, last.claims().size());
        System.out.printf(Locale.ROOT, "warm read time: median %.1f ms (min %.1f, max %.1f) over %d runs after %d warm-up%n",
                median, times.get(0) / 1e6, times.get(RUNS - 1) / 1e6, RUNS, WARMUP);
        System.out.printf(Locale.ROOT, "20-page policy under %.0f ms: %s%n", GOAL_MS, median < GOAL_MS ? "yes" : "NO");
        String clause = "wir nutzen z. B. Google Analytics und Matomo nicht, aber Hotjar gem. Art. 6 Abs. 1 lit. f DSGVO, "
                + "vgl. Nr. 3 u. a. für Statistik ";
        for (int kb : new int[] {148, 1024, 5120}) {
            StringBuilder p = new StringBuilder("<html lang=\"de\"><body><main><h1>Datenschutz</h1><p>");
            while (p.length() < kb * 1024) {
                p.append(clause);
            }
            timeOnce(reader, p.append("</p></main></body></html>").toString(), kb + " KB in one paragraph");
        }
        StringBuilder many = new StringBuilder("<html lang=\"en\"><body><main>");
        while (many.length() < 5 * 1024 * 1024) {
            many.append(body);
        }
        timeOnce(reader, many.append("</main></body></html>").toString(), "5 MB of policy sections");
    }

    private static void timeOnce(PolicyReader reader, String html, String what) {
        long t0 = System.nanoTime();
        PolicyAnalysis a = reader.read(new PolicyInput.Html(html, "https://bench.example/long", "long"));
        System.out.printf(Locale.ROOT, "%-28s %6.0f ms, %d vendors, %s%n", what + ":", (System.nanoTime() - t0) / 1e6,
                a.vendors().size(), a.problems().isEmpty() ? "read whole" : "read up to the bound");
    }

    /** About 10,000 words (~20 pages of 500 words): the English and German HTML/text policies, sections repeated with variations. */
    static String buildPolicy() throws IOException {
        String en = resource("brightwave-en.html");
        String body = en.substring(en.indexOf("<main>") + 6, en.indexOf("</main>"));
        String plain = resource("quickparcel-en.txt");
        StringBuilder sb = new StringBuilder("<html lang=\"en\"><body><nav>menu</nav><main>");
        for (int i = 0; sb.length() < 70_000; i++) {
            sb.append(body.replace("30 days", (30 + i) + " days").replace("14 days", (14 + i) + " days")
                    .replace("<h1>Privacy notice</h1>", "<h1>Privacy notice part " + (i + 1) + "</h1>"));
            for (String para : plain.split("\\n\\s*\\n")) {
                sb.append("<p>").append(para.replace("partners", i % 2 == 0 ? "partners" : "service providers"))
                        .append("</p>\n");
            }
        }
        return sb.append("</main></body></html>").toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PolicyReaderBenchmark.class.getResourceAsStream("/policies/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
