package dev.candor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.model.PhaseRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CookieCsvTest {

    static List<List<String>> read(ReportContext ctx) {
        String csv = CookieCsv.render(ctx);
        List<List<String>> rows = Rfc4180.read(csv);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CookieCsv.COLUMNS.size()));
        assertThat(rows.get(0)).isEqualTo(CookieCsv.COLUMNS);
        return rows;
    }

    /** A data row as column name → cell. */
    static Map<String, String> named(List<String> row) {
        return IntStream.range(0, row.size()).boxed().collect(Collectors.toMap(CookieCsv.COLUMNS::get, row::get));
    }

    @Test
    void oneRowPerCookiePerPhaseWithAttributionAndPolicyDeclaration() {
        ReportContext ctx = ReportFixtures.normal();
        List<List<String>> rows = read(ctx);
        int cookies = ctx.result().record().phases().stream().mapToInt(p -> p.cookies().size()).sum();
        assertThat(rows).hasSize(1 + cookies);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                .containsExactlyElementsOf(ctx.result().record().phases().stream()
                        .flatMap(p -> p.cookies().stream().map(c -> p.phase().id())).toList());

        Map<String, String> ga = named(rows.get(1));
        assertThat(ga).containsEntry("name", "_ga").containsEntry("domain", ".shop.example").containsEntry("party", "first")
                .containsEntry("vendor", "Google Analytics").containsEntry("vendorId", "google-analytics").containsEntry("category", "analytics")
                .containsEntry("requestedLifetimeSeconds", "63072000").containsEntry("expires", "2028-01-04T10:00:00Z")
                .containsEntry("secure", "no").containsEntry("setBy", "script").containsEntry("page", "https://www.shop.example/checkout")
                .containsEntry("visit", "2").containsEntry("atMs", "310").containsEntry("sinceConsentMs", "")
                .containsEntry("declaredInPolicy", "yes").containsEntry("declaredIn", "| _ga | Google Analytics | statistics | 13 months |")
                .containsEntry("matchedBy", "cookie name _ga (knowledge base)");
        Map<String, String> fbp = named(rows.get(2));
        assertThat(fbp).containsEntry("party", "third").containsEntry("blocked", "yes").containsEntry("blockedReasons", "ThirdPartyPhaseout")
                .containsEntry("declaredInPolicy", "no").containsEntry("declaredIn", "").containsEntry("sameSite", "None");
        // after consent the time since the click is known
        assertThat(named(rows.get(4))).containsEntry("phase", "after-accept").containsEntry("sinceConsentMs", "40");
    }

    @Test
    void hostileCellsStayInTheirColumnAndFormulasAreDefused() {
        ReportContext ctx = ReportFixtures.hostile();
        String csv = CookieCsv.render(ctx);
        assertThat(csv).doesNotContain("\u001b", "\u0007", "\u202E", "\u0000");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r", "\n");
        List<List<String>> rows = read(ctx);
        int cookies = ctx.result().record().phases().stream().mapToInt(p -> p.cookies().size()).sum();
        assertThat(rows).hasSize(1 + cookies);

        Map<String, String> evil = named(rows.get(1));
        // the hostile name comes back whole, its escape character made visible; it starts with a letter, so no guard
        assertThat(evil.get("name")).isEqualTo(ReportFixtures.HOSTILE_VISIBLE);
        assertThat(evil.get("declaredIn")).isEqualTo("We \\u202Edo not\\u202C share data. ]]><!-- | [link](javascript:alert(1)) *bold* _it_ `code`  # heading");
        assertThat(evil.get("vendor")).isEqualTo("'=" + ReportFixtures.HOSTILE_VISIBLE);
        assertThat(evil.get("page")).isEqualTo("https://www.shop.example/p?q=\"><script>alert(1)</script>&x=]]>|`{}^ %zz\\u202Egpj.exe#top#again");

        List<Map<String, String>> formulas = rows.stream().skip(1).map(CookieCsvTest::named)
                .filter(r -> r.get("domain").startsWith("'=")).toList();
        PhaseRecord before = ctx.result().record().phases().get(0);
        assertThat(formulas).hasSize(ReportFixtures.FORMULA_NAMES.size() * ctx.result().record().phases().size());
        assertThat(formulas.subList(0, ReportFixtures.FORMULA_NAMES.size())).extracting(r -> r.get("name"))
                .containsExactly("'+SUM(1,2)", "'-2+3", "'@cmd", "' TAB=1", "' CR=1", "'=1+1");
        assertThat(formulas.get(0)).containsEntry("domain", "'=evil.example").containsEntry("requestedLifetimeSeconds", "'-3600")
                .containsEntry("blockedReasons", "'=BLOCKED; " + ReportFixtures.HOSTILE_VISIBLE).containsEntry("sameSite", "None  ")
                .containsEntry("path", "/" + ReportFixtures.HOSTILE_VISIBLE);
        assertThat(before.cookies()).hasSize(3 + ReportFixtures.FORMULA_NAMES.size());
        // no cell of the whole file starts a formula
        assertThat(rows).allSatisfy(r -> assertThat(r).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0));
    }

    @Test
    void theReaderIsStrict() {
        assertThat(Rfc4180.read("\"a\",\"b\"\r\n\"c\"\"d\",\"\"\r\n")).containsExactly(List.of("a", "b"), List.of("c\"d", ""));
        assertThatThrownBy(() -> Rfc4180.read("\"a\"\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rfc4180.read("\"a\"x,\"b\"\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rfc4180.read("a\"b\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rfc4180.read("\"a\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rfc4180.read("\"a\",\"b\"")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writeReplacesTheFileAtomically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cookies.csv");
        Files.writeString(file, "old");
        CookieCsv.write(ReportFixtures.hostile(), file);
        assertThat(Files.readString(file)).isEqualTo(CookieCsv.render(ReportFixtures.hostile()));
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
