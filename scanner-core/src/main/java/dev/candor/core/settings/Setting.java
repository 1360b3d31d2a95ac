package dev.candor.core.settings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every option Candor takes, described once: its id (the Maven parameter, {@code candor.<id>}
 * as a property), its CLI flag, its default, what it means and where it applies. The CLI builds
 * its options from this list and the Maven goals are checked against it ({@code SettingParityTest}),
 * so the two adapters cannot drift apart.
 *
 * <p>Core messages refer to a setting with {@link #ref()}; each adapter words the reference in
 * its own terms ({@link Wording}), so no CLI flag appears in a Maven log and no property on a
 * terminal.
 */
public enum Setting {
    URL("url", null, "URL", null, null, Kind.TEXT, "The start page to audit; a missing scheme means https.",
            Use.AUDIT),
    OUT("outputDirectory", "--out", "DIR", "candor-report", "${project.build.directory}/candor", Kind.PATH,
            "Output directory; Candor writes only inside it.", Use.AUDIT, Use.DEMO, Use.BATCH),
    POLICY("policy", "--policy", "URL|FILE", null, null, Kind.TEXT,
            "The privacy policy to check against: an http(s) URL or a file (default: found on the site).",
            Use.AUDIT, Use.EVALUATE, Use.SCAN_SOURCES),
    CHROMIUM("chromium", "--chromium", "PATH", null, null, Kind.PATH,
            "Chromium binary (default: $CANDOR_CHROMIUM, then chromium, chromium-browser, google-chrome on PATH).",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.POLICY, Use.SCAN_SOURCES, Use.BATCH),
    BROWSER_ARGS("browserArgs", "--browser-arg", "ARG", null, null, Kind.LIST,
            "Extra Chromium argument; repeatable (Maven: a list).",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.POLICY, Use.SCAN_SOURCES, Use.BATCH),
    INSECURE("insecure", "--insecure", null, "false", "false", Kind.FLAG,
            "Accept invalid TLS certificates (the report says so).",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.POLICY, Use.SCAN_SOURCES, Use.BATCH),
    TIMEOUT("timeoutSeconds", "--timeout", "SECONDS", "30", "30", Kind.INTEGER, "The longest one page may take, in seconds.",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    MAX_PAGES("maxPages", "--max-pages", "N", "5", "5", Kind.INTEGER, "Pages visited per phase, start page included.",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    USER_AGENT("userAgent", "--user-agent", "UA", null, null, Kind.TEXT, "The user agent to send (default: the browser's own).",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    VIEWPORT("viewport", "--viewport", "WxH|PRESET", "1366x768", "1366x768", Kind.TEXT,
            "The window: WxH, or desktop (1366x768), tablet (800x1280) or mobile (412x915); tablet and mobile "
                    + "add touch, their pixel density and a mobile Chrome user agent.",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    LOCALE("locale", "--locale", "TAG", null, null, Kind.TEXT,
            "The browser's language and region as a BCP 47 tag, such as de-DE: Accept-Language, navigator.language "
                    + "and Chromium's --lang (default: the browser's own).",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    GPC("gpc", "--gpc", null, "false", "false", Kind.FLAG,
            "Also run a fourth phase, gpc: a new visitor whose browser sends Global Privacy Control (Sec-GPC: 1, "
                    + "navigator.globalPrivacyControl) and clicks nothing, compared with after-reject.",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    REDACT_VALUES("redactValues", "--redact-values", null, "false", "false", Kind.FLAG,
            "Store SHA-256 hashes instead of cookie and storage values.", Use.AUDIT, Use.DEMO, Use.BATCH),
    GRID("grid", "--grid", "URL", null, null, Kind.TEXT,
            "A Selenium Grid 4 (http://host:4444) whose Chromium nodes run the phases instead of a local Chromium.",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    SEQUENTIAL("sequential", "--sequential", null, "false", "false", Kind.FLAG,
            "Run the accept and reject phases one after the other instead of at once (slower, one Chromium at a time).",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    ALL_PHASES_AT_ONCE("allPhasesAtOnce", "--all-phases-at-once", null, "false", "false", Kind.FLAG,
            "Run all three phases at once, accept and reject following the pages before-consent chooses as it goes "
                    + "(fastest; three Chromium processes, about 1.4 GiB at 10 pages).",
            Use.AUDIT, Use.DEMO, Use.BATCH),
    OWNER_DOMAINS("ownerDomains", "--owner-domain", "DOMAIN", null, null, Kind.LIST,
            "A further domain that belongs to the site owner (counted first party); repeatable (Maven: a list).",
            Use.AUDIT, Use.DEMO),
    FAIL_ON("failOn", "--fail-on", "SEVERITY", "high", "high", Kind.TEXT,
            "The least severity that fails: critical, high, medium, low or info.",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.REPORT, Use.SCAN_SOURCES, Use.BATCH),
    KNOWLEDGE_BASE("knowledgeBase", "--knowledge-base", "FILE", null, null, Kind.PATH,
            "A knowledge-base file (the format of vendors.json) laid over the built-in one.",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.REPORT, Use.SCAN_SOURCES, Use.BATCH),
    DISABLED_RULES("disabledRules", "--disable-rule", "ID", null, null, Kind.LIST,
            "A rule not to run (see 'candor rules'); repeatable (Maven: a list).",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.REPORT, Use.SCAN_SOURCES, Use.BATCH),
    FORMATS("formats", "--format", "LIST", "json,html", "json,html", Kind.TEXT,
            "Reports to write: json, html, sarif, junit, md, csv, comma-separated (report.json always).",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.REPORT, Use.SCAN_SOURCES, Use.BATCH),
    SUPPRESSIONS("suppressions", "--suppressions", "FILE", null, null, Kind.PATH,
            "A suppressions file (candor-suppressions.json): accepted findings, each with a reason and an end date.",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.REPORT, Use.SCAN_SOURCES, Use.BATCH),
    BASELINE("baseline", "--baseline", "FILE", null, null, Kind.PATH,
            "A baseline file ('candor baseline'): only findings not in it fail.",
            Use.AUDIT, Use.DEMO, Use.EVALUATE, Use.REPORT, Use.SCAN_SOURCES),
    SOURCES("sources", null, "DIR", null,
            "src/main/webapp,src/main/resources/static,src/main/resources/templates,src/main/resources/public,public,dist",
            Kind.LIST, "Folders of HTML and template files to scan; missing ones are skipped.", Use.SCAN_SOURCES),
    SOURCES_OUT("sourcesOutputDirectory", "--out", "DIR", "candor-sources", "${project.build.directory}/candor-sources",
            Kind.PATH, "Output directory of the source scan; Candor writes only inside it.", Use.SCAN_SOURCES),
    AUDIT_DIR("auditDirectory", null, "AUDIT-DIR", null, "${project.build.directory}/candor", Kind.PATH,
            "The audit folder whose findings make the baseline.", Use.BASELINE),
    BASELINE_OUT("baselineFile", null, "FILE", null, "${project.basedir}/candor-baseline.json", Kind.PATH,
            "Where the baseline goal writes the baseline (the CLI prints it).", Use.BASELINE),
    PARALLEL("parallel", "--parallel", "N", "1", null, Kind.INTEGER,
            "Sites audited at once in a batch (each runs its own Chromium).", Use.BATCH),
    SHARD("shard", "--shard", "I/N", null, null, Kind.TEXT,
            "Audit only every N-th site of the batch, starting with the I-th (for a job array or CI matrix).", Use.BATCH),
    SKIP("skip", null, null, null, "false", Kind.FLAG, "Skip the goal.",
            Use.AUDIT, Use.SCAN_SOURCES, Use.BASELINE);

    /** How a value is written. */
    public enum Kind {
        /** Present or not on the CLI; {@code true}/{@code false} in Maven. */
        FLAG,
        /** A whole number. */
        INTEGER,
        /** Free text, parsed by the setting's own rules. */
        TEXT,
        /** A file or folder. */
        PATH,
        /** Several values: a repeated flag on the CLI, a list in Maven. */
        LIST
    }

    /** The commands and goals a setting belongs to. */
    public enum Use {
        AUDIT("audit"), DEMO(null), EVALUATE(null), REPORT(null), POLICY(null), SCAN_SOURCES("scan-sources"),
        BASELINE("baseline"), BATCH(null);

        private final String goal;

        Use(String goal) {
            this.goal = goal;
        }

        /** The Maven goal of this use, if it has one. */
        public Optional<String> goal() {
            return Optional.ofNullable(goal);
        }
    }

    private final String id;
    private final String flag;
    private final String label;
    private final String cliDefault;
    private final String mavenDefault;
    private final Kind kind;
    private final String description;
    private final Set<Use> uses;

    Setting(String id, String flag, String label, String cliDefault, String mavenDefault, Kind kind, String description,
            Use... uses) {
        this.id = id;
        this.flag = flag;
        this.label = label;
        this.cliDefault = cliDefault;
        this.mavenDefault = mavenDefault;
        this.kind = kind;
        this.description = description;
        this.uses = Set.copyOf(EnumSet.copyOf(Arrays.asList(uses)));
    }

    /** The Maven parameter name; the property is {@code candor.<id>}. */
    public String id() {
        return id;
    }

    /** The Maven user property. */
    public String property() {
        return "candor." + id;
    }

    /** The CLI flag, or empty when the CLI takes it as a positional parameter or not at all. */
    public Optional<String> flag() {
        return Optional.ofNullable(flag);
    }

    /** The placeholder a CLI help line shows for the value, or null for a flag. */
    public String label() {
        return label;
    }

    /** The CLI default as typed, or null when there is none. */
    public String cliDefault() {
        return cliDefault;
    }

    /** The Maven default as the plugin descriptor has it, or null when there is none. */
    public String mavenDefault() {
        return mavenDefault;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** Whether the command or goal takes this setting. */
    public boolean appliesTo(Use use) {
        return uses.contains(use);
    }

    /** The settings a command or goal takes, in declaration order. */
    public static List<Setting> of(Use use) {
        return Arrays.stream(values()).filter(s -> s.appliesTo(use)).toList();
    }

    /** A reference to this setting inside a core message, worded by each adapter ({@link Wording}). */
    public String ref() {
        return "{{" + name().toLowerCase(Locale.ROOT) + "}}";
    }
}
