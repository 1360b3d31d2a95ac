package dev.candor.report;

import dev.candor.model.AuditResult;
import dev.candor.model.ConsentSummary;
import dev.candor.model.CookieObservation;
import dev.candor.model.PageVisit;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.Severity;
import dev.candor.model.StorageObservation;
import dev.candor.model.ToolInfo;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Attributions;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Provenance;
import dev.candor.model.policy.PolicyAnalysis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code report.json}, version {@link #SCHEMA_VERSION}: a stable projection of the
 * record and its judgement for people and tools, described by the published JSON Schema. Field
 * order here is the order in the file.
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
        Provenance judgedBy,
        Map<String, Integer> findingCounts,
        ConsentSummary consent,
        List<Phase> phases,
        PolicyAnalysis policy,
        List<Finding> findings,
        List<String> warnings) {

    /** The report format this build writes; 2 added findings with typed evidence and attribution. */
    public static final int SCHEMA_VERSION = 2;

    /** One consent scenario in the report. */
    public record Phase(
            String name,
            List<Page> pages,
            List<Cookie> cookies,
            List<Request> requests,
            List<Storage> storage,
            dev.candor.model.TcfSignals tcf) {}

    /** A page visit. */
    public record Page(String url, String finalUrl, String title, Integer status, String outcome, String detail, List<String> events) {}

    /**
     * A cookie: {@code expires} is as stored (null: session); {@code requestedLifetimeSeconds} as the
     * site asked; vendor and category as the knowledge base attributes it ({@code matchedBy} says why);
 * {@code declaredIn} the policy row or sentence that declares it, or null when the policy does not.
     */
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
            int visit,
            Long atMs,
            Long sinceConsentMs,
            boolean blocked,
            List<String> blockedReasons,
            String vendorId,
            String vendor,
            String category,
            String matchedBy,
            String declaredIn) {}

    /** A request. */
    public record Request(String url, String host, boolean thirdParty, String resourceType, Integer status, boolean beacon,
            String beaconKind, long atMs, Long sinceConsentMs, String pageUrl, int visit, String vendorId, String vendor,
            String category, String matchedBy) {}

    /** A storage key or IndexedDB database. */
    public record Storage(String kind, String origin, String key, boolean firstParty, String writerUrl, String pageUrl, int visit,
            Long atMs, Long sinceConsentMs, String vendorId, String vendor, String category, String matchedBy) {}

    /** Projects a result onto the report contract. */
    public static ReportDocument of(AuditResult result) {
        ScanRecord r = result.record();
        Attributions a = result.attributions();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.id(), (int) result.findings().stream().filter(f -> f.severity() == s).count());
        }
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
                result.provenance(),
                counts,
                r.consent(),
                r.phases().stream().map(p -> phase(p, a)).toList(),
                result.policy(),
                result.findings(),
                warnings(result));
    }

    /** The record's warnings, then what reading the policy found that the record could not know. */
    private static List<String> warnings(AuditResult result) {
        List<String> w = new ArrayList<>(result.record().warnings());
        if (result.policy() != null) {
            result.policy().problems().stream().map(p -> "policy: " + p).filter(p -> !w.contains(p)).forEach(w::add);
        }
        return w;
    }

    private static Phase phase(PhaseRecord p, Attributions a) {
        return new Phase(
                p.phase().id(),
                p.pages().stream().map(ReportDocument::page).toList(),
                p.cookies().stream().map(c -> cookie(c, a.cookies().get(c.key()), a.declaredCookies().get(c.key()))).toList(),
                p.requests().stream().map(q -> request(q, a.requests().get(q.url()))).toList(),
                p.storage().stream().map(s -> storage(s, a.storage().get(Attributions.storageKey(s.origin(), s.key())))).toList(),
                p.tcf());
    }

    private static Page page(PageVisit v) {
        return new Page(v.url(), v.finalUrl(), v.title(), v.status(), v.outcome().id(), v.detail(), v.events());
    }

    private static Cookie cookie(CookieObservation c, Attribution a, String declaredIn) {
        return new Cookie(c.name(), c.domain(), c.path(), c.firstParty(), c.expires(), c.requestedLifetimeSeconds(), c.secure(),
                c.httpOnly(), c.sameSite(), c.partitioned(), c.setBy().id(), c.setterUrl(), c.pageUrl(), c.visit(), c.atMs(),
                c.sinceConsentMs(), c.blocked(), c.blockedReasons(), a == null ? null : a.vendorId(), a == null ? null : a.vendor(),
                a == null ? null : a.category(), a == null ? null : a.matchedBy(), declaredIn);
    }

    private static Request request(RequestObservation q, Attribution a) {
        return new Request(q.url(), q.host(), q.thirdParty(), q.resourceType(), q.status(), q.beacon(), q.beaconKind(), q.atMs(),
                q.sinceConsentMs(), q.pageUrl(), q.visit(), a == null ? null : a.vendorId(), a == null ? null : a.vendor(),
                a == null ? null : a.category(), a == null ? null : a.matchedBy());
    }

    private static Storage storage(StorageObservation s, Attribution a) {
        return new Storage(s.kind().id(), s.origin(), s.key(), s.firstParty(), s.writerUrl(), s.pageUrl(), s.visit(), s.atMs(),
                s.sinceConsentMs(), a == null ? null : a.vendorId(), a == null ? null : a.vendor(), a == null ? null : a.category(),
                a == null ? null : a.matchedBy());
    }
}
