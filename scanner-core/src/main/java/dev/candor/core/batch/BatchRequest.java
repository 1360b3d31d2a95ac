package dev.candor.core.batch;

import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingException;
import dev.candor.core.settings.SettingValues;
import java.nio.file.Path;

/**
 * A batch of audits.
 *
 * @param urls the URL file, one site per line
 * @param outputDir the batch folder: one audit folder per site, and the summary
 * @param parallel how many sites are audited at once
 * @param shard which part of the list this run takes
 * @param settings every other audit setting, the same for each site
 */
public record BatchRequest(Path urls, Path outputDir, int parallel, Shard shard, SettingValues settings) {

    /**
     * The batch an adapter's settings describe.
     *
     * @throws SettingException naming the setting at fault
     */
    public static BatchRequest from(Path urls, SettingValues v) {
        Path out = v.path(Setting.OUT);
        if (out == null) {
            throw new SettingException(Setting.OUT, "is required: give the batch folder");
        }
        int parallel = v.integer(Setting.PARALLEL, 1, 1);
        if (parallel > 16) {
            throw new SettingException(Setting.PARALLEL, "must be at most 16 (each site runs its own Chromium), got " + parallel);
        }
        return new BatchRequest(urls, out, parallel, Shard.parse(v.text(Setting.SHARD)), v);
    }
}
