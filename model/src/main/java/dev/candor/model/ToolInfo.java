package dev.candor.model;

/**
 * What made a record.
 *
 * @param name always {@code candor}
 * @param version Candor's version
 * @param chromiumVersion the browser's version string, or null when no browser was started
 */
public record ToolInfo(String name, String version, String chromiumVersion) {}
