package dev.candor.cli;

import dev.candor.model.CandorJson;
import dev.candor.rules.catalogue.Catalogue;
import dev.candor.rules.catalogue.CatalogueDocs;
import dev.candor.rules.catalogue.RuleDefinition;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor rules}: the rule catalogue, as a list, as Markdown (docs/rules.md) or as JSON. */
@Command(name = "rules", description = "List the rules Candor judges by.", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

    /** How to print the catalogue. */
    enum Format { text, markdown, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, markdown or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;

    private final Candor candor;

    RulesCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        Catalogue c = Catalogue.builtIn();
        switch (format) {
            case markdown -> candor.out().print(CatalogueDocs.reference(c));
            case json -> candor.out().println(dev.candor.report.ConsoleSummary.safeJson(CandorJson.toJson(c.rules())));
            case text -> {
                for (RuleDefinition r : c.rules()) {
                    candor.out().println(String.format(Locale.ROOT, "%-27s %-8s %s", r.id(), r.severity().id(), r.title()));
                }
            }
        }
        return ExitCode.PASSED.code();
    }
}
