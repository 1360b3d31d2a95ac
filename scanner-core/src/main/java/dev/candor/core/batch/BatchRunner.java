package dev.candor.core.batch;

import dev.candor.core.AuditException;
import dev.candor.core.AuditListener;
import dev.candor.core.AuditRequest;
import dev.candor.core.Auditor;
import dev.candor.core.Judging;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Audits the sites of a URL file, each into its own folder, {@code parallel} at a time; sites whose
 * folder already holds a finished audit are skipped, so a batch resumes after a crash. The summary
 * is written after every site, so even a killed batch leaves one.
 */
public final class BatchRunner {

    /** Progress of a batch, one call per site; called from the auditing threads. */
    public interface Listener {
        /** A site's audit starts ({@code n} of {@code total} in this run). */
        default void siteStarted(int n, int total, SiteList.Site site) {}

        /** A site's audit ended, with its line of the summary. */
        default void siteFinished(int n, int total, SiteResult result) {}

        /** A site was skipped: already finished in an earlier run. */
        default void siteSkipped(SiteList.Site site) {}
    }

    /**
     * What a batch did.
     *
     * @param summary the summary as last written
     * @param files the summary files
     * @param audited sites audited in this run
     * @param skipped sites already finished
     * @param rejected lines of the URL file that are not URLs
     */
    public record Result(BatchSummary summary, List<Path> files, int audited, int skipped, List<String> rejected) {}

    private final Function<AuditListener, Auditor> auditors;
    private final Clock clock;

    /**
     * @param auditors makes one auditor per site (each runs its own browser)
     * @param clock dates the summary
     */
    public BatchRunner(Function<AuditListener, Auditor> auditors, Clock clock) {
        this.auditors = auditors;
        this.clock = clock;
    }

    /**
     * Runs this shard of the batch.
     *
     * @throws AuditException USAGE for an unreadable URL file, bad settings or an unwritable folder
     */
    public Result run(BatchRequest request, Listener listener) throws AuditException {
        SiteList list = SiteList.read(request.urls());
        Judging judging = Judging.from(request.settings());
        Path out = request.outputDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, "cannot write to " + out + " (" + e.getMessage() + "); give a writable "
                    + Setting.OUT.ref(), null, e);
        }
        List<SiteList.Site> mine = new ArrayList<>();
        int skipped = 0;
        for (SiteList.Site s : list.sites()) {
            if (!request.shard().takes(s.position())) {
                continue;
            }
            if (BatchSummary.finished(out.resolve(s.folder()))) {
                skipped++;
                listener.siteSkipped(s);
            } else {
                mine.add(s);
            }
        }
        // every site's request is checked before the first browser starts
        List<AuditRequest> requests = new ArrayList<>();
        for (SiteList.Site s : mine) {
            SettingValues v = request.settings();
            requests.add(AuditRequest.from(s.url(), out.resolve(s.folder()), v));
        }
        Map<String, String> errors = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(request.parallel(), r -> {
            Thread t = new Thread(r, "candor-batch");
            t.setDaemon(true);
            return t;
        });
        int[] done = {0};
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                SiteList.Site site = mine.get(i);
                AuditRequest r = requests.get(i);
                int n = i + 1;
                futures.add(pool.submit(() -> {
                    listener.siteStarted(n, mine.size(), site);
                    try {
                        auditors.apply(AuditListener.SILENT).run(r);
                    } catch (AuditException e) {
                        errors.put(site.folder(), e.getMessage());
                    } catch (RuntimeException | Error e) {
                        // one site's failure never stops the batch
                        errors.put(site.folder(), "audit failed: " + e);
                    }
                    SiteResult row;
                    synchronized (done) {
                        done[0]++;
                        BatchSummary summary = BatchSummary.of(out, list, errors, judging.failOn(), clock.instant());
                        writeQuietly(summary, out);
                        row = summary.sites().get(site.position());
                    }
                    listener.siteFinished(n, mine.size(), row);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        BatchSummary summary = BatchSummary.of(out, list, errors, judging.failOn(), clock.instant());
        List<Path> files;
        try {
            files = summary.write(out);
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, "cannot write the summary in " + out + " (" + e.getMessage() + ")", null, e);
        }
        return new Result(summary, files, mine.size(), skipped, list.rejected());
    }

    private static void writeQuietly(BatchSummary summary, Path out) {
        try {
            summary.write(out);
        } catch (IOException e) {
            // the final write reports it; a transient failure here loses nothing
        }
    }
}
