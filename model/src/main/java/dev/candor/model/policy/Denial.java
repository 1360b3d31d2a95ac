package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A statement that something is NOT done ("we do not use marketing cookies", "wir setzen kein
 * Google Analytics ein", "no data is transferred outside the EEA"): the claims a record can
 * contradict.
 *
 * @param kind what is denied
 * @param subject the thing denied: a vendor's canonical name for {@link Kind#VENDOR}, a cookie
 *     category id, a technology id, or {@code outside-eea} for {@link Kind#TRANSFER}
 * @param quote the sentence that says it
 * @param section the heading path of the sentence
 * @param offset char offset of the sentence in the document's text
 */
public record Denial(Kind kind, String subject, String quote, String section, int offset) {

    public Denial {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        quote = quote == null ? "" : quote;
        section = section == null ? "" : section;
    }

    /** What a denial is about. */
    public enum Kind {
        VENDOR, COOKIE_CATEGORY, TECHNOLOGY, TRANSFER, DPO;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
