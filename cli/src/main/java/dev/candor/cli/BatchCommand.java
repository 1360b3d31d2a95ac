package dev.candor.cli;

import dev.candor.core.AuditException;
import dev.candor.core.batch.BatchRequest;
import dev.candor.core.batch.BatchRunner;
import dev.candor.core.batch.SiteList;
import dev.candor.core.batch.SiteResult;
import dev.candor.core.settings.Setting;
import dev.candor.report.ConsoleSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code candor batch URLS-FILE --out DIR [--parallel N] [--shard I/N]}: audits many sites, each into
 * its own folder, resumes where a crashed run stopped, and writes {@code index.html},
 * {@code summary.csv} and {@code summary.json}. Exit 0 when every site passed, 1 when a site's
 * findings fail the gate, 3 when a site could not be audited to its end, 2 for bad input.
 */
@Command(name = "batch", description = "Audit every site of a URL file (one per line), resumable and shardable.",
        mixinStandardHelpOptions = true)
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URLS-FILE", description = "One URL per line; '#' starts a comment.")
    Path urls;

    @Spec
    CommandSpec spec;

    private final Candor candor;

    BatchCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        BatchRequest request;
        try {
            request = BatchRequest.from(urls, SettingOptions.values(spec, Setting.Use.BATCH).build());
        } catch (IllegalArgumentException e) {
            return candor.usageError(e.getMessage());
        }
        BatchRunner.Result result;
        try {
            result = new BatchRunner(candor::auditor, Clock.systemUTC()).run(request, new BatchRunner.Listener() {
                @Override
                public void siteStarted(int n, int total, SiteList.Site site) {
                    line(String.format(Locale.ROOT, "[%d/%d] %s: auditing", n, total, ConsoleSummary.clean(site.url().toString())));
                }

                @Override
                public void siteFinished(int n, int total, SiteResult r) {
                    line(String.format(Locale.ROOT, "[%d/%d] %s: %s%s", n, total, ConsoleSummary.clean(r.url()), r.status(),
                            r.failing() > 0 ? " (" + r.failing() + " failing the gate)" : r.message() == null ? "" : " (" + ConsoleSummary.clean(r.message()) + ")"));
                }

                @Override
                public void siteSkipped(SiteList.Site site) {
                    line("skipped " + ConsoleSummary.clean(site.url().toString()) + ": finished in an earlier run");
                }
            });
        } catch (AuditException e) {
            return candor.failed(e);
        }
        result.rejected().forEach(r -> candor.err().println("candor: skipped " + urls + " " + ConsoleSummary.clean(r)));
        long failed = result.summary().sites().stream().filter(r -> r.status().equals("failed")).count();
        long broken = result.summary().sites().stream().filter(r -> r.status().equals("incomplete") || r.status().equals("error")).count();
        long pending = result.summary().sites().stream().filter(r -> r.status().equals("pending")).count();
        candor.out().printf(Locale.ROOT, "batch: %d audited, %d skipped (already finished); %d sites failed the gate, %d incomplete, %d pending%s%n",
                result.audited(), result.skipped(), failed, broken, pending,
                request.shard().split() ? " (shard " + request.shard() + ")" : "");
        result.files().forEach(f -> candor.out().println("  summary: " + f));
        if (broken > 0) {
            return ExitCode.INCOMPLETE.code();
        }
        return failed > 0 ? ExitCode.FINDINGS.code() : ExitCode.PASSED.code();
    }

    private synchronized void line(String s) {
        candor.out().println(s);
    }
}
