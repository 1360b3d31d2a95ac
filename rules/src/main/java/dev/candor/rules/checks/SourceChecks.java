package dev.candor.rules.checks;

import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.ReadStatus;
import dev.candor.model.source.SourceRecord;
import dev.candor.model.source.SourceTag;
import dev.candor.rules.kb.KnowledgeBase;
import dev.candor.rules.kb.Vendor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a static source scan, bound by id like the audit's: tags that reach a third party
 * before consent, and vendors in the source that the policy does not name.
 */
public final class SourceChecks {

    /** One check over a source record. */
    @FunctionalInterface
    public interface Check {
        void run(SourceRecord record, PolicyAnalysis policy, PolicyQuotes quotes, KnowledgeBase kb, FindingSink sink);
    }

    private static final Map<String, Check> BY_ID = new LinkedHashMap<>();

    static {
        BY_ID.put("ungated-tracking-tag", (r, p, q, kb, sink) -> ungated(r, kb, sink, SourceTag.Role.TRACKING));
        BY_ID.put("ungated-third-party-embed", (r, p, q, kb, sink) -> ungated(r, kb, sink, SourceTag.Role.EMBED));
        BY_ID.put("undisclosed-vendor-in-source", SourceChecks::undisclosed);
    }

    private SourceChecks() {}

    /** Every source check by rule id. */
    public static Map<String, Check> all() {
        return java.util.Collections.unmodifiableMap(BY_ID);
    }

    private static void ungated(SourceRecord r, KnowledgeBase kb, FindingSink sink, SourceTag.Role role) {
        for (SourceTag t : r.tags()) {
            if (t.role() != role || t.gated()) {
                continue;
            }
            Optional<Vendor> v = t.vendorId() == null ? Optional.empty() : kb.vendor(t.vendorId());
            String who = v.map(Vendor::name).orElse("A third party");
            String message = role == SourceTag.Role.TRACKING
                    ? who + "'s tag in " + t.file() + " loads for every visitor: no consent manager holds it back"
                        + " (mark it with your CMP's type=\"text/plain\" and category attribute, or load it from the CMP)."
                    : who + " is embedded in " + t.file() + " and is contacted on load, before any consent"
                        + " (load it through the CMP, use a click-to-load placeholder, or host it yourself).";
            sink.report(subject(t, v), message, evidence(t, v));
        }
    }

    private static void undisclosed(SourceRecord r, PolicyAnalysis policy, PolicyQuotes quotes, KnowledgeBase kb,
            FindingSink sink) {
        if (policy == null || policy.status() != ReadStatus.READ) {
            return;
        }
        for (SourceTag t : r.tags()) {
            Optional<Vendor> v = t.vendorId() == null ? Optional.empty() : kb.vendor(t.vendorId());
            if (v.isEmpty() || DisclosureChecks.names(policy, quotes, v.get())) {
                continue;
            }
            sink.report(new Subject(Subject.Kind.VENDOR, v.get().id(), v.get().name()), v.get().name() + " ("
                    + String.join(", ", v.get().entities()) + ") is in the site's source but the policy names neither it"
                    + " nor its company.", evidence(t, v));
        }
    }

    private static Subject subject(SourceTag t, Optional<Vendor> v) {
        String id = v.map(Vendor::id).orElse("pixel") + " " + t.file();
        return new Subject(Subject.Kind.VENDOR, id, v.map(Vendor::name).orElse("tracking pixel") + " in " + t.file());
    }

    private static Evidence evidence(SourceTag t, Optional<Vendor> v) {
        Attribution a = v.map(x -> new Attribution(x.id(), x.name(), x.category() == null ? null : x.category().id(), t.signature()))
                .orElse(null);
        return new Evidence.SourceSeen(t.file(), t.line(), t.column(), t.element(), t.signature(), t.url(), t.snippet(),
                t.gated(), t.gatedBy(), a);
    }
}
