package dev.candor.model.finding;

import dev.candor.model.Phase;
import dev.candor.model.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A discrepancy between what the site did, what its policy says, and the law: one per rule and
 * subject, with every occurrence as evidence.
 *
 * @param ruleId the stable rule id ({@code tracking-before-consent})
 * @param severity how much it matters
 * @param title the rule's one-line title
 * @param message what is wrong here, in one or two sentences naming the subject
 * @param legalReference the provisions it rests on
 * @param phase the phase it is about, or null when it is not about one phase
 * @param subject what it is about
 * @param fingerprint a stable id of rule and subject, for suppressions and baselines
 * @param occurrences how many observations (requests, cookies, pages, sentences) show it
 * @param evidence the observations and quotes, most telling first (capped; {@code occurrences} counts all)
 * @param triage what the gate made of it (suppressed, new since the baseline), or null before gating
 */
public record Finding(
        String ruleId,
        Severity severity,
        String title,
        String message,
        String legalReference,
        Phase phase,
        Subject subject,
        String fingerprint,
        int occurrences,
        List<Evidence> evidence,
        Triage triage) {

    /** A finding as a rule reports it, before the gate. */
    public Finding(String ruleId, Severity severity, String title, String message, String legalReference, Phase phase,
            Subject subject, String fingerprint, int occurrences, List<Evidence> evidence) {
        this(ruleId, severity, title, message, legalReference, phase, subject, fingerprint, occurrences, evidence, null);
    }

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        evidence = List.copyOf(evidence);
        fingerprint = fingerprint == null ? fingerprintOf(ruleId, subject) : fingerprint;
    }

    /** This finding with the gate's view of it. */
    public Finding withTriage(Triage t) {
        return new Finding(ruleId, severity, title, message, legalReference, phase, subject, fingerprint, occurrences, evidence, t);
    }

    /** Whether a suppression accepts it. */
    public boolean suppressed() {
        return triage != null && triage.suppressed();
    }

    /**
     * Whether it fails a gate at {@code failOn}: severe enough, not suppressed, and new when a
     * baseline was given.
     */
    public boolean fails(Severity failOn) {
        return severity.atLeast(failOn) && !suppressed() && !inBaseline();
    }

    /** Whether a baseline was given and holds it. */
    public boolean inBaseline() {
        return triage != null && Boolean.FALSE.equals(triage.isNew());
    }

    /** Whether a baseline was given and does not hold it. */
    public boolean newSinceBaseline() {
        return triage != null && Boolean.TRUE.equals(triage.isNew());
    }

    /** The source location ({@code file:line:column}) of the first tag among the evidence, if any. */
    public java.util.Optional<String> firstSource() {
        return evidence.stream().filter(e -> e instanceof Evidence.SourceSeen).map(e -> (Evidence.SourceSeen) e)
                .findFirst().map(s -> s.file() + ":" + s.line() + ":" + s.column());
    }

    /** The page of the first observation (cookie, request or storage write) among the evidence, if any. */
    public java.util.Optional<String> firstPage() {
        for (Evidence e : evidence) {
            String page = e instanceof Evidence.CookieSeen c ? c.page()
                    : e instanceof Evidence.RequestSeen r ? r.page()
                    : e instanceof Evidence.StorageSeen s ? s.page() : null;
            if (page != null && !page.isBlank()) {
                return java.util.Optional.of(page);
            }
        }
        return java.util.Optional.empty();
    }

    /** The first 16 hex digits of SHA-256 over {@code ruleId|kind:id}: stable across runs and versions. */
    public static String fingerprintOf(String ruleId, Subject subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((ruleId + "|" + subject.kind().id() + ":" + subject.id()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
