package dev.candor.model.policy;

import java.util.List;

/**
 * A statement that data is transferred outside the EU/EEA (statements that it is not are
 * recorded as negated claims only).
 *
 * @param countries countries or regions named, e.g. "USA", "outside the EEA"; may be empty
 * @param safeguard the safeguard named in the same sentence or section
 * @param quote     the sentence
 */
public record Transfer(List<String> countries, Safeguard safeguard, String quote) {
    public Transfer {
        countries = List.copyOf(countries);
    }
}
