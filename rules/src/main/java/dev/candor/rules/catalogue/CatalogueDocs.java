package dev.candor.rules.catalogue;

/**
 * The catalogue as Markdown, for {@code docs/rules.md} and the README's rule table: both are
 * generated from {@code catalogue.json}, and a test keeps the committed copies current.
 */
public final class CatalogueDocs {

    private CatalogueDocs() {}

    /**
     * A table of every rule: id (linking to its section of the reference), severity, title, law.
     *
     * @param reference the reference's path from where the table stands ({@code docs/rules.md}), or empty within it
     */
    public static String table(Catalogue catalogue, String reference) {
        StringBuilder b = new StringBuilder("| rule id | severity | what is wrong | legal reference |\n|---|---|---|---|\n");
        for (RuleDefinition r : catalogue.rules()) {
            b.append("| [`").append(r.id()).append("`](").append(reference).append('#').append(r.id()).append(") | ").append(r.severity().id())
                    .append(" | ").append(cell(r.title())).append(r.sources() ? " (source scan)" : "").append(" | ").append(cell(r.legalReference())).append(" |\n");
        }
        return b.toString();
    }

    /** The full reference: one section per rule with rationale, remediation and what it must not flag. */
    public static String reference(Catalogue catalogue) {
        StringBuilder b = new StringBuilder();
        b.append("# Candor rule catalogue\n\n")
                .append("Generated from `rules/src/main/resources/dev/candor/rules/catalogue/catalogue.json` (catalogue version ")
                .append(catalogue.version()).append(") by `./candor rules --format markdown`; do not edit by hand.\n")
                .append("Rule ids are stable: configurations, suppressions and baselines may depend on them.\n\n")
                .append(table(catalogue, ""));
        for (RuleDefinition r : catalogue.rules()) {
            b.append("\n## ").append(r.id()).append("\n\n")
                    .append("**").append(r.title()).append("**. Severity `").append(r.severity().id()).append('`')
                    .append(r.phase() == null ? "" : ", phase `" + r.phase().id() + "`")
                    .append(r.sources() ? ", judges the static source scan (`candor scan-sources`)" : "")
                    .append(", since ").append(r.since()).append(".\n\n")
                    .append("- Legal reference: ").append(r.legalReference()).append("\n")
                    .append("- Why: ").append(r.rationale()).append("\n")
                    .append("- What to do: ").append(r.remediation()).append("\n")
                    .append("- Never flagged: ").append(r.mustNotFlag()).append("\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
