package dev.candor.model.finding;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * What a finding is about. One finding per rule and subject: every occurrence (each request,
 * each page) is evidence of that one finding.
 *
 * @param kind what sort of thing
 * @param id the stable identifier: a knowledge-base vendor id, a cookie name, a host, an Art. 13
 *     element id, {@code site}, or for a contradicted denial {@code vendor:<id>},
 *     {@code category:<name>}, {@code transfer}, {@code prior-consent}
 * @param label how a person would name it ("Hotjar", "_ga", "controller-contact")
 */
public record Subject(Kind kind, String id, String label) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
    }

    /** The subject of a site-wide finding. */
    public static Subject site(String label) {
        return new Subject(Kind.SITE, "site", label);
    }

    /** Kinds of subject. */
    public enum Kind {
        VENDOR, COOKIE, STORAGE, HOST, ELEMENT, CLAIM, SITE;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
