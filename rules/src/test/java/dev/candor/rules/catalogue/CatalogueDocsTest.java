package dev.candor.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule reference ({@code docs/rules.md}) and the README's rule table are generated from the
 * catalogue; this test fails when either is stale and says how to regenerate it.
 */
class CatalogueDocsTest {

    private static final Path ROOT = Path.of(System.getProperty("candor.root", "..")).toAbsolutePath().normalize();
    private static final String START = "<!-- catalogue:start -->\n";
    private static final String END = "<!-- catalogue:end -->";

    @Test
    void docsRulesMdIsCurrent() throws Exception {
        String committed = Files.readString(ROOT.resolve("docs/rules.md"));
        assertThat(committed).as("docs/rules.md is stale: run ./candor rules --format markdown > docs/rules.md")
                .isEqualTo(CatalogueDocs.reference(Catalogue.builtIn()));
    }

    @Test
    void theReadmeTableIsCurrent() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has a %s marker", START.strip()).isNotNegative();
        assertThat(readme.substring(start + START.length(), end))
                .as("README's rule table is stale: replace it with the table at the top of docs/rules.md")
                .isEqualTo(CatalogueDocs.table(Catalogue.builtIn(), "docs/rules.md"));
    }

    @Test
    void everyRuleIsDocumentedCompletely() {
        for (RuleDefinition r : Catalogue.builtIn().rules()) {
            assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.title()).as(r.id()).isNotBlank();
            assertThat(r.legalReference()).as(r.id()).isNotBlank();
            assertThat(r.rationale()).as(r.id()).hasSizeGreaterThan(40);
            assertThat(r.remediation()).as(r.id()).isNotBlank();
            assertThat(r.mustNotFlag()).as(r.id()).isNotBlank();
            assertThat(r.since()).as(r.id()).isNotBlank();
        }
        assertThat(Catalogue.builtIn().ids()).contains("tracking-before-consent", "tracking-after-reject", "no-consent-mechanism",
                "no-reject-option", "reject-harder-than-accept", "undisclosed-vendor", "undisclosed-cookie", "cookie-lifetime-mismatch",
                "excessive-cookie-lifetime", "undisclosed-transfer", "policy-claim-contradicted", "policy-missing-information",
                "policy-not-found", "insecure-cookie", "storage-before-consent");
    }
}
