package dev.candor.model;

/**
 * The banner as the report's {@code consent} object describes it, derived from the accept and
 * reject phases.
 *
 * @param cmp the consent manager recognised, {@code custom}, or null when none was found
 * @param bannerDetected whether a banner was seen in any phase
 * @param acceptClicked whether "accept all" was performed and verified
 * @param rejectClicked whether "reject all" was performed and verified
 * @param rejectOnFirstLayer whether reject was on the first layer; null when unknown
 * @param clicksToAccept clicks it took to accept; null when not done
 * @param clicksToReject clicks it took to reject; null when not done
 * @param method how consent was driven: {@code autoconsent}, {@code text-match}, or {@code none}
 * @param screenshot the banner screenshot's file name in the output directory, or null
 */
public record ConsentSummary(
        String cmp,
        boolean bannerDetected,
        boolean acceptClicked,
        boolean rejectClicked,
        Boolean rejectOnFirstLayer,
        Integer clicksToAccept,
        Integer clicksToReject,
        String method,
        String screenshot) {

    static ConsentSummary of(ScanRecord record) {
        ConsentAttempt accept = record.phase(Phase.AFTER_ACCEPT).map(PhaseRecord::consent).orElse(null);
        ConsentAttempt reject = record.phase(Phase.AFTER_REJECT).map(PhaseRecord::consent).orElse(null);
        boolean bannerSeen = record.phases().stream().anyMatch(PhaseRecord::bannerSeen)
                || (accept != null && accept.bannerDetected())
                || (reject != null && reject.bannerDetected());
        String cmp = firstNonNull(accept == null ? null : accept.cmp(), reject == null ? null : reject.cmp());
        String method = firstNonNull(
                accept != null && !"none".equals(accept.method()) ? accept.method() : null,
                reject != null && !"none".equals(reject.method()) ? reject.method() : null);
        String screenshot = firstNonNull(
                accept == null ? null : accept.screenshot(), reject == null ? null : reject.screenshot());
        boolean accepted = accept != null && accept.done();
        boolean rejected = reject != null && reject.done();
        return new ConsentSummary(
                cmp,
                bannerSeen,
                accepted,
                rejected,
                reject == null ? null : reject.onFirstLayer(),
                accepted ? accept.clicks() : null,
                rejected ? reject.clicks() : null,
                method == null ? "none" : method,
                screenshot);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
