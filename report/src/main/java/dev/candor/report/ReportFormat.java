package dev.candor.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The report formats Candor writes, each to one file in the audit folder. */
public enum ReportFormat {
    JSON("json", "report.json"),
    HTML("html", "report.html"),
    SARIF("sarif", "report.sarif"),
    JUNIT("junit", "report.junit.xml"),
    MARKDOWN("md", "report.md"),
    CSV("csv", "cookies.csv");

    /** What an audit writes unless told otherwise. */
    public static final Set<ReportFormat> DEFAULT = EnumSet.of(JSON, HTML);

    private final String id;
    private final String fileName;

    ReportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Parses {@code json,html,sarif}; {@code report.json} is always written.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Set<ReportFormat> parse(String list) {
        Set<ReportFormat> out = EnumSet.of(JSON);
        for (String part : list.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            ReportFormat f = null;
            for (ReportFormat candidate : values()) {
                if (candidate.id.equals(p)) {
                    f = candidate;
                }
            }
            if (f == null) {
                throw new IllegalArgumentException("unknown report format '" + part.strip() + "'; use json, html, sarif, junit, md or csv");
            }
            out.add(f);
        }
        return out;
    }
}
