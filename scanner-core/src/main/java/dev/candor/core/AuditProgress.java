package dev.candor.core;

import dev.candor.model.Completion;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.PolicySource;
import dev.candor.model.ScanRecord;
import dev.candor.model.ScanSettings;
import dev.candor.model.ToolInfo;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.model.policy.ReadStatus;
import dev.candor.scan.SiteParty;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit has recorded so far; written after every phase and on interruption. The accept and
 * reject phases may finish on their own threads in any order, and the shutdown hook reads it on
 * another: the recorded phases are kept by phase and always listed in {@link Phase} order, and
 * every write is serialised.
 */
final class AuditProgress {
    final AuditRequest request;
    final String target;
    final SiteParty party;
    final Instant startedAt;
    /** Filled by the before-consent phase only, but walked by the other phases and read by the shutdown hook meanwhile. */
    final GrowingPlan plan = new GrowingPlan();
    final Judge judge;
    private final Clock clock;
    private final Map<Phase, PhaseRecord> phases = new EnumMap<>(Phase.class);
    volatile PolicyEvidence policy;
    volatile String chromiumVersion;
    volatile boolean interrupted;
    /** Set when every phase has returned (or failed): no thread will start a browser after it. */
    volatile boolean phasesEnded;
    private boolean finalWritten;
    private AuditOutcome lastOutcome;

    AuditProgress(AuditRequest request, String target, SiteParty party, Instant startedAt, Judge judge, Clock clock) {
        this.request = request;
        this.judge = judge;
        this.target = target;
        this.party = party;
        this.startedAt = startedAt;
        this.clock = clock;
    }

    synchronized void add(PhaseRecord phase) {
        phases.put(phase.phase(), phase);
    }

    /** The phases recorded so far, in the order before-consent, after-accept, after-reject whatever order they finished in. */
    /** How many phases this audit runs: three, four with Global Privacy Control. */
    int planned() {
        return request.gpc() ? 4 : 3;
    }

    synchronized List<PhaseRecord> phases() {
        return List.copyOf(phases.values());
    }

    /** Writes the evidence so far, marked as not complete yet. */
    void writeInProgress(Path out) {
        write(out, Completion.stopped("in progress: " + phases().size() + " of " + planned() + " phases recorded"), clock.instant(), false);
    }

    /**
     * Writes the evidence; a {@code last} write (success, failure or Ctrl-C) also judges it and
     * writes the report, and after it nothing overwrites them.
     */
    synchronized AuditOutcome write(Path out, Completion completion, Instant now, boolean last) {
        if (finalWritten) {
            return lastOutcome;
        }
        PolicyEvidence policy = this.policy;
        ScanRecord record = new ScanRecord(
                ScanRecord.CURRENT_SCHEMA_VERSION,
                target,
                party.siteDomain(),
                startedAt,
                now,
                new ToolInfo("candor", Auditor.VERSION, chromiumVersion),
                new ScanSettings(request.maxPages(), request.pageTimeout().toMillis(), request.insecure(),
                        request.redactValues(), request.userAgent(), request.viewport(), request.browserArgs(),
                        request.ownerDomains(), request.locale(), request.device(),
                        request.grid() == null ? null : dev.candor.scan.WebAddress.withoutUserInfo(request.grid()).toString()),
                plan.pages(),
                phases(),
                policySource(request, policy),
                completion,
                allWarnings(policy));
        AuditFolder.writeEvidence(out, record, policy);
        if (!last) {
            return null;
        }
        finalWritten = true;
        lastOutcome = AuditFolder.judge(out, record, policy, policy == null ? null : AuditFolder.POLICY, judge,
                java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
        return lastOutcome;
    }

    private List<String> allWarnings(PolicyEvidence policy) {
        List<String> w = new ArrayList<>();
        if (request.insecure()) {
            w.add("invalid TLS certificates were accepted (insecure)");
        }
        if (policy != null) {
            // the policy's problems are the audit's warnings about it; kept once, in the policy
            policy.problems().forEach(p -> w.add("policy: " + p));
        }
        return w;
    }

    void writeInterrupted(Path out) {
        write(out, Completion.stopped("interrupted (Ctrl-C or a signal) after " + phases().size() + " of " + planned() + " phases"),
                clock.instant(), true);
    }

    private static PolicySource policySource(AuditRequest request, PolicyEvidence policy) {
        String location = policy == null || policy.status() == ReadStatus.NOT_FOUND ? null : policy.source();
        if (request.policy() == null) {
            return new PolicySource(null, "discovered", location);
        }
        return new PolicySource(request.policy(), AuditRequest.isUrl(request.policy()) ? "url" : "file", location);
    }
}
