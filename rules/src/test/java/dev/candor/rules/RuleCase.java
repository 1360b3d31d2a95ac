package dev.candor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.model.Completion;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.ConsentFailure;
import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.PolicySource;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.ScanSettings;
import dev.candor.model.StorageKind;
import dev.candor.model.StorageObservation;
import dev.candor.model.ToolInfo;
import dev.candor.model.Viewport;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.model.policy.ReadStatus;
import dev.candor.rules.kb.Domains;
import dev.candor.rules.policy.PolicyInput;
import dev.candor.rules.policy.PolicyReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A declarative rule case (see {@code rule-cases/README.md}): a compact record and policy, and the
 * findings one rule must give on them. Defaults fill what a case leaves out.
 */
record RuleCase(String rule, String name, String description, ScanRecord record, PolicyEvidence policy, List<Expected> expect) {

    /** One expected finding of the rule under test. */
    record Expected(String subject, String phase) {}

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    static RuleCase parse(String rule, String name, JsonNode root) {
        JsonNode r = root.path("record");
        String target = r.path("target").asText("https://www.shop.example/");
        String site = Domains.registrable(Domains.host(target));
        List<PhaseRecord> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            JsonNode p = r.path("phases").path(phase.id());
            if (!p.isMissingNode() && !p.isNull()) {
                phases.add(phase(phase, p, target, site));
            }
        }
        boolean complete = r.path("complete").asBoolean(true);
        ScanRecord record = new ScanRecord(ScanRecord.CURRENT_SCHEMA_VERSION, target, site, T0, T0.plusSeconds(30),
                new ToolInfo("candor", "test", "Chromium test"),
                new ScanSettings(5, 30_000, false, false, null, new Viewport(1366, 768), List.of(), List.of()),
                List.of(target), phases, new PolicySource(null, "discovered", null),
                complete ? Completion.finished() : Completion.stopped(r.path("reason").asText("stopped")), List.of());
        List<Expected> expected = new ArrayList<>();
        for (JsonNode e : root.path("expect")) {
            expected.add(new Expected(e.path("subject").asText(), e.path("phase").isTextual() ? e.path("phase").asText() : null));
        }
        return new RuleCase(rule, name, root.path("description").asText(), record, policy(root.path("policy")), expected);
    }

    private static PolicyEvidence policy(JsonNode p) {
        if (p.isMissingNode() || p.isNull()) {
            return null;
        }
        if (p.has("markdown")) {
            return new PolicyReader().extract(new PolicyInput.Markdown(p.path("markdown").asText(), "case-policy.md"));
        }
        ReadStatus status = switch (p.path("status").asText()) {
            case "empty" -> ReadStatus.EMPTY;
            case "unreadable" -> ReadStatus.UNREADABLE;
            default -> ReadStatus.NOT_FOUND;
        };
        return PolicyEvidence.notRead("https://policy.example/", status, "case: policy " + status.id());
    }

    private static PhaseRecord phase(Phase phase, JsonNode p, String target, String site) {
        ConsentAttempt consent = null;
        JsonNode c = p.path("consent");
        if (phase != Phase.BEFORE_CONSENT && !c.isMissingNode()) {
            boolean done = c.path("done").asBoolean(false);
            ConsentFailure failure = null;
            if (c.path("failure").isTextual()) {
                for (ConsentFailure f : ConsentFailure.values()) {
                    if (f.id().equals(c.path("failure").asText())) {
                        failure = f;
                    }
                }
            }
            consent = new ConsentAttempt(phase.action(), c.path("cmp").asText("custom"), "text-match",
                    c.path("bannerDetected").asBoolean(done), done, c.path("clicks").asInt(done ? 1 : 0),
                    c.path("onFirstLayer").isBoolean() ? c.path("onFirstLayer").asBoolean() : null,
                    done ? "banner hidden" : "banner not answered", null, 1_000L, null, failure);
        }
        List<CookieObservation> cookies = new ArrayList<>();
        for (JsonNode k : p.path("cookies")) {
            String domain = k.path("domain").asText(Domains.host(target));
            cookies.add(new CookieObservation(k.path("name").asText(), domain, k.path("path").asText("/"), "v", "00",
                    null, k.path("lifetime").isNumber() ? k.path("lifetime").asLong() : null, k.path("secure").asBoolean(true),
                    k.path("httpOnly").asBoolean(false), k.path("sameSite").asText(null), false,
                    CookieSource.valueOf(k.path("setBy").asText("script").toUpperCase(java.util.Locale.ROOT)),
                    k.path("setter").asText(null), k.path("page").asText(target), Domains.registrable(domain).equals(site),
                    k.path("blocked").asBoolean(false), List.of(), k.path("atMs").asLong(100), longOrNull(k, "sinceConsentMs"), 0));
        }
        List<RequestObservation> requests = new ArrayList<>();
        for (JsonNode q : p.path("requests")) {
            String url = q.path("url").asText();
            String host = Domains.host(url);
            String beacon = q.path("beacon").isTextual() ? q.path("beacon").asText() : null;
            requests.add(new RequestObservation(url, "GET", q.path("type").asText("script"), 200, null, host,
                    !Domains.registrable(host).equals(site), q.path("atMs").asLong(200), longOrNull(q, "sinceConsentMs"), List.of(),
                    beacon != null, beacon, q.path("page").asText(target), null, 0));
        }
        List<StorageObservation> storage = new ArrayList<>();
        for (JsonNode s : p.path("storage")) {
            String origin = s.path("origin").asText(target.replaceAll("/+$", ""));
            StorageKind kind = switch (s.path("kind").asText("localStorage")) {
                case "sessionStorage" -> StorageKind.SESSION_STORAGE;
                case "indexedDB" -> StorageKind.INDEXED_DB;
                default -> StorageKind.LOCAL_STORAGE;
            };
            storage.add(new StorageObservation(kind, origin, s.path("key").asText(), "00", s.path("writer").asText(null),
                    s.path("page").asText(target), Domains.registrable(Domains.host(origin)).equals(site),
                    s.path("atMs").asLong(150), longOrNull(s, "sinceConsentMs"), 0));
        }
        PageVisit visit = new PageVisit(target, target, "Shop", 200, PageOutcome.LOADED, null, 800, List.of());
        List<dev.candor.model.TcString> strings = new ArrayList<>();
        JsonNode t = p.path("tcf");
        for (JsonNode s : t.path("strings")) {
            strings.add(new dev.candor.model.TcString(s.path("source").asText("cookie"), s.path("page").asText(target), 0,
                    s.path("atMs").asLong(300), longOrNull(s, "sinceConsentMs"), s.path("raw").asText(null),
                    null, null));
        }
        return new PhaseRecord(phase, T0, consent, p.path("bannerSeen").asBoolean(false), List.of(visit), cookies, requests, storage,
                List.of(), new dev.candor.model.TcfSignals(t.path("api").asBoolean(!strings.isEmpty()), false, strings),
                model(p.path("banner"), dev.candor.model.BannerDesign.class),
                model(p.path("withdrawal"), dev.candor.model.WithdrawalOption.class));
    }

    /** A banner or withdrawal written in the record's own JSON form; null when the case leaves it out. */
    private static <T> T model(JsonNode n, Class<T> type) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        try {
            return dev.candor.model.CandorJson.mapper().treeToValue(n, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("case " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Long longOrNull(JsonNode n, String field) {
        return n.path(field).isNumber() ? n.path(field).asLong() : null;
    }

    @Override
    public String toString() {
        return rule + "/" + name;
    }
}
