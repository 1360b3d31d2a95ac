package dev.candor.model;

/**
 * Whether, after accepting, a page offered a persistent way to reopen the consent choice (GDPR
 * Art. 7(3): withdrawing must be as easy as giving consent).
 *
 * @param found whether a reopen control was found on a page visited after the choice
 * @param kind {@code link} or {@code button} found by its text, or {@code widget} for a consent
 *     manager's own reopen button found by its known selector; null when none was found
 * @param text its visible label or the widget's selector (at most {@link BannerDesign#MAX_LABEL} characters); null when none
 * @param page the page it was found on, or the last page looked at when none was found
 * @param box where it was drawn; null when none was found
 * @param pagesChecked how many pages after the choice were looked at
 */
public record WithdrawalOption(boolean found, String kind, String text, String page, Box box, int pagesChecked) {}
