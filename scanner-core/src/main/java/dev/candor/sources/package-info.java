/**
 * The static scan of a project's sources ({@code candor scan-sources}): jsoup reads HTML and
 * template files, {@code TagSignatures} recognises tracking tags and third-party embeds by the
 * knowledge base's domains and by installation snippets, and {@code ConsentGate} decides whether a
 * consent manager holds each back. No browser and no network.
 */
package dev.candor.sources;
