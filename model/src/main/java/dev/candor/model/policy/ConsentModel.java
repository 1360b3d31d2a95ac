package dev.candor.model.policy;

import java.util.List;

/**
 * How the policy says consent to cookies is obtained.
 *
 * @param model   the model that prevails (prior consent beats necessary-only beats implied)
 * @param signals every model for which a statement was found, in order of precedence
 * @param quotes  the sentences stating them
 */
public record ConsentModel(ConsentModelKind model, List<ConsentModelKind> signals, List<String> quotes) {
    public ConsentModel {
        signals = List.copyOf(signals);
        quotes = List.copyOf(quotes);
    }

    /** No statement about consent found. */
    public static ConsentModel noneStated() {
        return new ConsentModel(ConsentModelKind.NONE_STATED, List.of(), List.of());
    }
}
