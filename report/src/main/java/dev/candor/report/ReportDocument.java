package dev.candor.report;

import dev.candor.model.AuditResult;
import dev.candor.model.ConsentSummary;
import dev.candor.model.CookieObservation;
import dev.candor.model.Finding;
import dev.candor.model.PageVisit;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.StorageObservation;
import dev.candor.model.ToolInfo;
import dev.candor.model.policy.PolicyAnalysis;
import java.time.Instant;
import java.util.List;

/**
 * The shape of {@code report.json}, version {@link #SCHEMA_VERSION}: a stable projection of the
 * record for people and tools, described by the published JSON Schema. Field order here is the
 * order in the file.
 */
public record ReportDocument(
        int schemaVersion,
        String target,
        Instant startedAt,
        Instant finishedAt,
        ToolInfo tool,
        boolean insecure,
        boolean complete,
        String incompleteReason,
        List<String> pagesPlanned,
        ConsentSummary consent,
        List<Phase> phases,
        PolicyAnalysis policy,
        List<Finding> findings,
        List<String> warnings) {

    /** The report format this build writes. */
    public static final int SCHEMA_VERSION = 1;

    /** One consent scenario in the report. */
    public record Phase(
            String name,
            List<Page> pages,
            List<Cookie> cookies,
            List<Request> requests,
            List<Storage> storage) {}

    /** A page visit. */
    public record Page(String url, String finalUrl, String title, Integer status, String outcome, String detail, List<String> events) {}

    /** A cookie: {@code expires} is as stored (null: session); {@code requestedLifetimeSeconds} as the site asked. */
    public record Cookie(
            String name,
            String domain,
            String path,
            boolean firstParty,
            Instant expires,
            Long requestedLifetimeSeconds,
            boolean secure,
            boolean httpOnly,
            String sameSite,
            boolean partitioned,
            String setBy,
            String setterUrl,
            String pageUrl,
            boolean blocked,
            List<String> blockedReasons,
            String vendor,
            String category) {}

    /** A request. */
    public record Request(String url, String host, boolean thirdParty, String resourceType, Integer status, boolean beacon,
            String beaconKind, Long sinceConsentMs, String pageUrl, String vendor) {}

    /** A storage key or IndexedDB database. */
    public record Storage(String kind, String origin, String key, boolean firstParty, String writerUrl, String pageUrl) {}

    /** Projects a result onto the report contract. */
    public static ReportDocument of(AuditResult result) {
        ScanRecord r = result.record();
        return new ReportDocument(
                SCHEMA_VERSION,
                r.target(),
                r.startedAt(),
                r.finishedAt(),
                r.tool(),
                r.settings().insecure(),
                r.completion().complete(),
                r.completion().reason(),
                r.pagesPlanned(),
                r.consent(),
                r.phases().stream().map(ReportDocument::phase).toList(),
                result.policy(),
                result.findings(),
                r.warnings());
    }

    private static Phase phase(PhaseRecord p) {
        return new Phase(
                p.phase().id(),
                p.pages().stream().map(ReportDocument::page).toList(),
                p.cookies().stream().map(ReportDocument::cookie).toList(),
                p.requests().stream().map(ReportDocument::request).toList(),
                p.storage().stream().map(ReportDocument::storage).toList());
    }

    private static Page page(PageVisit v) {
        return new Page(v.url(), v.finalUrl(), v.title(), v.status(), v.outcome().id(), v.detail(), v.events());
    }

    private static Cookie cookie(CookieObservation c) {
        return new Cookie(c.name(), c.domain(), c.path(), c.firstParty(), c.expires(), c.requestedLifetimeSeconds(), c.secure(),
                c.httpOnly(), c.sameSite(), c.partitioned(), c.setBy().id(), c.setterUrl(), c.pageUrl(), c.blocked(),
                c.blockedReasons(), c.vendor(), c.category());
    }

    private static Request request(RequestObservation q) {
        return new Request(q.url(), q.host(), q.thirdParty(), q.resourceType(), q.status(), q.beacon(), q.beaconKind(),
                q.sinceConsentMs(), q.pageUrl(), q.vendor());
    }

    private static Storage storage(StorageObservation s) {
        return new Storage(s.kind().id(), s.origin(), s.key(), s.firstParty(), s.writerUrl(), s.pageUrl());
    }
}
