package dev.candor.model.policy;

import java.util.Objects;

/**
 * One statement found in a policy, with the sentence that makes it.
 *
 * @param type    what kind of statement
 * @param value   the normalised value (a right's name, a vendor, a period in seconds, an ISO date, ...)
 * @param quote   the exact sentence (or table row) from the extracted text
 * @param section the heading path of the sentence, joined with {@code " > "}; empty at top level
 * @param offset  char offset of the quote in {@link PolicyDocument#text()}
 */
public record Claim(ClaimType type, String value, String quote, String section, int offset) {
    public Claim {
        Objects.requireNonNull(type, "type");
        value = value == null ? "" : value;
        quote = quote == null ? "" : quote;
        section = section == null ? "" : section;
    }
}
