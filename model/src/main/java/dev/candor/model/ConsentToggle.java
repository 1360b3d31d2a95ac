package dev.candor.model;

/**
 * A purpose or vendor checkbox or switch in a banner's settings layer, as found before Candor
 * touched it.
 *
 * @param kind {@code checkbox} ({@code input[type=checkbox]}) or {@code switch} ({@code role=switch}
 *     or {@code role=checkbox} with {@code aria-checked})
 * @param label its label text (at most {@link BannerDesign#MAX_LABEL} characters)
 * @param context the text of the row or section around it, which names the purpose when the label
 *     does not (at most {@link BannerDesign#MAX_CONTEXT} characters)
 * @param checked whether it was ticked or switched on when the layer opened
 * @param disabled whether the visitor cannot change it (strictly necessary cookies, usually)
 * @param legitimateInterest whether its label or context says it is a "legitimate interest" toggle
 */
public record ConsentToggle(
        String kind,
        String label,
        String context,
        boolean checked,
        boolean disabled,
        boolean legitimateInterest) {}
