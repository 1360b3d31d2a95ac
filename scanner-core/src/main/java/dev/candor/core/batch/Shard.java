package dev.candor.core.batch;

import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingException;

/**
 * Which part of a batch this run audits: shard {@code index} of {@code count} takes every
 * {@code count}-th site, starting with site {@code index} (both from 1), so any batch scheduler
 * (a Kubernetes Indexed Job, a CI matrix, a Slurm array) spreads the work by passing its index.
 *
 * @param index this shard, from 1
 * @param count how many shards there are
 */
public record Shard(int index, int count) {

    /** The whole batch. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new SettingException(Setting.SHARD, "must be I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}; null or blank is the whole batch. */
    public static Shard parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new SettingException(Setting.SHARD, "must look like 2/8 (this shard / how many), got '" + text + "'");
    }

    /** Whether the site at {@code position} (from 0, in the file's order) is this shard's. */
    public boolean takes(int position) {
        return position % count == index - 1;
    }

    /** Whether the batch is split at all. */
    public boolean split() {
        return count > 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
