package dev.candor.core;

import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingException;
import dev.candor.core.settings.SettingValues;
import dev.candor.model.Device;
import dev.candor.model.Severity;
import dev.candor.model.Viewport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Everything an audit needs to know. Build one with {@link #builder(URI, Path)}.
 *
 * @param target the start URL (http or https)
 * @param outputDir where {@code record.json}, {@code report.json} and screenshots go; Candor
 *     writes nowhere else
 * @param policy the policy to read ({@code https://...} or a file path), or null to find it on the site
 * @param chromium the browser binary, or null to look it up (see {@code ChromiumLocator})
 * @param browserArgs extra Chromium arguments
 * @param insecure accept invalid TLS certificates
 * @param pageTimeout the longest one page may take
 * @param maxPages pages per phase, start page included
 * @param userAgent user agent, or null for the browser's own
 * @param viewport window size
 * @param redactValues store hashes instead of cookie and storage values
 * @param ownerDomains further domains that belong to the site owner
 * @param failOn the least severity that fails the audit
 * @param knowledgeBase a knowledge-base file laid over the built-in one, or null
 * @param disabledRules rule ids not to run
 * @param formats the reports to write ({@code report.json} always)
 * @param suppressions a suppressions file, or null
 * @param baseline a baseline file, or null
 * @param sequential run the accept and reject phases one after the other rather than concurrently
 * @param allPhasesAtOnce run all three phases at once, the later two following before-consent's page plan as it is chosen
 * @param locale the browser's language and region as a BCP 47 tag, or null for the browser's own
 * @param device the emulated device (a preset's, or a desktop window for {@code WxH})
 * @param gpc also run the {@code gpc} phase (Global Privacy Control sent, nothing clicked)
 * @param grid a Selenium Grid 4 whose Chromium nodes run the phases, or null for a local Chromium
 */
public record AuditRequest(
        URI target,
        Path outputDir,
        String policy,
        Path chromium,
        List<String> browserArgs,
        boolean insecure,
        Duration pageTimeout,
        int maxPages,
        String userAgent,
        Viewport viewport,
        boolean redactValues,
        List<String> ownerDomains,
        Severity failOn,
        Path knowledgeBase,
        List<String> disabledRules,
        java.util.Set<dev.candor.report.ReportFormat> formats,
        Path suppressions,
        Path baseline,
        boolean sequential,
        boolean allPhasesAtOnce,
        String locale,
        Device device,
        boolean gpc,
        URI grid) {

    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_PAGES = 5;
    public static final Viewport DEFAULT_VIEWPORT = new Viewport(1366, 768);

    public AuditRequest {
        if (sequential && allPhasesAtOnce) {
            throw new SettingException(Setting.ALL_PHASES_AT_ONCE, "contradicts " + Setting.SEQUENTIAL.ref()
                    + " (one phase at a time); choose one");
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
            throw new SettingException(Setting.URL, "'" + target + "' is not an http(s) URL; give one like https://www.example.com/");
        }
        if (maxPages < 1) {
            throw new SettingException(Setting.MAX_PAGES, "must be at least 1, got " + maxPages);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new SettingException(Setting.TIMEOUT, "must be a positive number of seconds, got " + pageTimeout.toSeconds());
        }
        if (target.getPort() > 65535) {
            throw new SettingException(Setting.URL, "'" + target + "' has port " + target.getPort() + "; a port is 1 to 65535");
        }
        if (userAgent != null && userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new SettingException(Setting.USER_AGENT, "must not contain control characters (a browser cannot send them)");
        }
        if (locale != null) {
            locale = canonicalLocale(locale);
        }
        device = device == null ? Device.DESKTOP : device;
        if (grid != null) {
            String gs = grid.getScheme() == null ? "" : grid.getScheme().toLowerCase(Locale.ROOT);
            if (!gs.equals("http") && !gs.equals("https") || grid.getHost() == null) {
                throw new SettingException(Setting.GRID, "'" + grid + "' is not an http(s) URL; give the Grid's address, like http://localhost:4444");
            }
        }
        browserArgs = List.copyOf(browserArgs);
        ownerDomains = List.copyOf(ownerDomains);
        disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
        formats = formats == null ? dev.candor.report.ReportFormat.DEFAULT : java.util.Set.copyOf(formats);
    }

    /** The judging part of this request. */
    public Judging judging() {
        return new Judging(knowledgeBase, disabledRules, failOn, formats, suppressions, baseline);
    }

    /**
     * The request an adapter's settings describe, for an audit of {@code target} (the URL setting,
     * or the demo site) written to {@code outputDir}.
     *
     * @throws SettingException naming the setting at fault
     */
    public static AuditRequest from(URI target, Path outputDir, SettingValues v) {
        Viewport viewport = DEFAULT_VIEWPORT;
        Device device = Device.DESKTOP;
        String vp = v.text(Setting.VIEWPORT);
        if (vp != null) {
            java.util.Optional<dev.candor.scan.DevicePreset> preset = dev.candor.scan.DevicePreset.named(vp);
            if (preset.isPresent()) {
                viewport = preset.get().viewport();
                device = preset.get().device();
            } else {
                try {
                    viewport = Viewport.parse(vp);
                } catch (IllegalArgumentException e) {
                    throw new SettingException(Setting.VIEWPORT, e.getMessage().replaceFirst("^viewport ", "")
                            .replace("must look like 1366x768", "must be desktop, tablet, mobile or look like 1366x768"), e);
                }
            }
        }
        Judging j = Judging.from(v);
        return builder(target, outputDir)
                .policy(v.text(Setting.POLICY))
                .chromium(v.path(Setting.CHROMIUM))
                .browserArgs(v.list(Setting.BROWSER_ARGS))
                .insecure(v.flag(Setting.INSECURE))
                .pageTimeout(Duration.ofSeconds(v.integer(Setting.TIMEOUT, 1, (int) DEFAULT_PAGE_TIMEOUT.toSeconds())))
                .maxPages(v.integer(Setting.MAX_PAGES, 1, DEFAULT_MAX_PAGES))
                .userAgent(v.text(Setting.USER_AGENT))
                .viewport(viewport)
                .device(device)
                .locale(v.text(Setting.LOCALE))
                .gpc(v.flag(Setting.GPC))
                .redactValues(v.flag(Setting.REDACT_VALUES))
                .ownerDomains(v.list(Setting.OWNER_DOMAINS))
                .sequential(v.flag(Setting.SEQUENTIAL))
                .allPhasesAtOnce(v.flag(Setting.ALL_PHASES_AT_ONCE))
                .grid(grid(v.text(Setting.GRID)))
                .judging(j)
                .build();
    }

    /**
     * The browser request for reading a policy source, or null when it is a file (no browser is
     * needed): the browser settings, pointed at the policy URL.
     *
     * @throws SettingException when the URL does not parse
     */
    public static AuditRequest policyBrowser(String source, Path outputDir, SettingValues v) {
        if (source == null || !isUrl(source)) {
            return null;
        }
        URI target;
        try {
            target = parseTarget(source);
        } catch (IllegalArgumentException e) {
            throw new SettingException(Setting.POLICY, e.getMessage(), e);
        }
        return builder(target, outputDir).chromium(v.path(Setting.CHROMIUM)).insecure(v.flag(Setting.INSECURE))
                .browserArgs(v.list(Setting.BROWSER_ARGS)).build();
    }

    /** The Grid's address as given, or null when none is; the constructor checks that it is http(s). */
    private static URI grid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new URI(text.trim());
        } catch (java.net.URISyntaxException e) {
            throw new SettingException(Setting.GRID, "'" + text + "' is not a valid URL; give the Grid's address, like http://localhost:4444", e);
        }
    }

    /**
     * Parses a start URL as a user types it; a missing scheme means https.
     *
     * @throws SettingException (the URL setting) when it is not one
     */
    public static URI parseTarget(SettingValues v) {
        String url = v.text(Setting.URL);
        if (url == null) {
            throw new SettingException(Setting.URL, "is required: give the site to audit, for example https://www.example.com/");
        }
        try {
            return parseTarget(url);
        } catch (IllegalArgumentException e) {
            throw new SettingException(Setting.URL, e.getMessage(), e);
        }
    }

    /** Whether a {@code --policy} value names an http(s) URL rather than a file (scheme in any case). */
    public static boolean isUrl(String policy) {
        String p = policy.toLowerCase(Locale.ROOT);
        return p.startsWith("http://") || p.startsWith("https://");
    }

    /** Parses a start URL as a user types it; a missing scheme means https. */
    public static URI parseTarget(String text) {
        String t = text.trim();
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        java.util.regex.Matcher port = java.util.regex.Pattern.compile("^[a-zA-Z]+://[^/?#]*:(\\d+)(?:[/?#].*)?$").matcher(t);
        if (port.matches() && (port.group(1).length() > 5 || Integer.parseInt(port.group(1)) > 65535)) {
            throw new IllegalArgumentException("'" + text + "' has port " + port.group(1) + "; a port is 1 to 65535");
        }
        if (t.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !t.toLowerCase(Locale.ROOT).matches("^https?://.*")) {
            throw new IllegalArgumentException("'" + text + "' is not an http(s) URL; give one like https://www.example.com/");
        }
        // read as a browser reads an address bar: international host names and '|' in a query are fine
        return dev.candor.scan.WebAddress.parse(t).filter(u -> u.getScheme().startsWith("http"))
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a valid URL; give one like https://www.example.com/"));
    }

    /**
     * {@code tag} as a well-formed BCP 47 language tag in its canonical case ({@code de-de} gives {@code de-DE}).
     *
     * @throws SettingException (the locale setting) when it is not one
     */
    static String canonicalLocale(String tag) {
        String t = tag.trim().replace('_', '-');
        if (!t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}")) {
            throw new SettingException(Setting.LOCALE, "must be a language tag such as de-DE or fr, got '" + tag + "'");
        }
        Locale l = Locale.forLanguageTag(t);
        if (l.getLanguage().isEmpty()) {
            throw new SettingException(Setting.LOCALE, "must be a language tag such as de-DE or fr, got '" + tag + "'");
        }
        return l.toLanguageTag();
    }

    public static Builder builder(URI target, Path outputDir) {
        return new Builder(target, outputDir);
    }

    /** Builds a request with the documented defaults. */
    public static final class Builder {
        private final URI target;
        private final Path outputDir;
        private String policy;
        private Path chromium;
        private List<String> browserArgs = List.of();
        private boolean insecure;
        private Duration pageTimeout = DEFAULT_PAGE_TIMEOUT;
        private int maxPages = DEFAULT_MAX_PAGES;
        private String userAgent;
        private Viewport viewport = DEFAULT_VIEWPORT;
        private boolean redactValues;
        private List<String> ownerDomains = List.of();
        private Severity failOn = Severity.HIGH;
        private Path knowledgeBase;
        private List<String> disabledRules = List.of();
        private java.util.Set<dev.candor.report.ReportFormat> formats = dev.candor.report.ReportFormat.DEFAULT;
        private Path suppressions;
        private Path baseline;
        private boolean sequential;
        private boolean allPhasesAtOnce;
        private String locale;
        private Device device = Device.DESKTOP;
        private boolean gpc;
        private URI grid;

        private Builder(URI target, Path outputDir) {
            this.target = target;
            this.outputDir = outputDir;
        }

        public Builder policy(String policy) { this.policy = policy; return this; }
        public Builder chromium(Path chromium) { this.chromium = chromium; return this; }
        public Builder browserArgs(List<String> args) { this.browserArgs = args; return this; }
        public Builder insecure(boolean insecure) { this.insecure = insecure; return this; }
        public Builder pageTimeout(Duration timeout) { this.pageTimeout = timeout; return this; }
        public Builder maxPages(int maxPages) { this.maxPages = maxPages; return this; }
        public Builder userAgent(String userAgent) { this.userAgent = userAgent; return this; }
        public Builder viewport(Viewport viewport) { this.viewport = viewport; return this; }
        public Builder redactValues(boolean redact) { this.redactValues = redact; return this; }
        public Builder ownerDomains(List<String> domains) { this.ownerDomains = domains; return this; }
        public Builder failOn(Severity failOn) { this.failOn = failOn; return this; }
        public Builder knowledgeBase(Path file) { this.knowledgeBase = file; return this; }
        public Builder disabledRules(List<String> ids) { this.disabledRules = ids; return this; }
        public Builder formats(java.util.Set<dev.candor.report.ReportFormat> formats) { this.formats = formats; return this; }
        public Builder suppressions(Path file) { this.suppressions = file; return this; }
        public Builder baseline(Path file) { this.baseline = file; return this; }
        public Builder sequential(boolean sequential) { this.sequential = sequential; return this; }
        public Builder allPhasesAtOnce(boolean atOnce) { this.allPhasesAtOnce = atOnce; return this; }
        public Builder locale(String tag) { this.locale = tag; return this; }
        public Builder device(Device device) { this.device = device; return this; }
        public Builder gpc(boolean gpc) { this.gpc = gpc; return this; }
        public Builder grid(URI grid) { this.grid = grid; return this; }

        /** Every judging field at once. */
        public Builder judging(Judging j) {
            return failOn(j.failOn()).knowledgeBase(j.knowledgeBase()).disabledRules(j.disabledRules()).formats(j.formats())
                    .suppressions(j.suppressions()).baseline(j.baseline());
        }

        public AuditRequest build() {
            return new AuditRequest(target, outputDir, policy, chromium, browserArgs, insecure, pageTimeout, maxPages,
                    userAgent, viewport, redactValues, ownerDomains, failOn, knowledgeBase, disabledRules, formats, suppressions,
                    baseline, sequential, allPhasesAtOnce, locale, device, gpc, grid);
        }
    }
}
