/**
 * Batch audits: a URL file ({@link dev.candor.core.batch.SiteList}) audited site by site into
 * stable folders, {@code --parallel} at a time and {@code --shard I/N} of the list, resuming past
 * finished sites, with a summary ({@code index.html}, {@code summary.csv}, {@code summary.json})
 * rebuilt from disk after every site so that a killed batch still leaves one.
 */
package dev.candor.core.batch;
