package dev.candor.model;

import java.util.Locale;

/** Cookie lifetimes in words a person reads at a glance: "2 years", "13 months", "session". */
public final class Lifetimes {

    private Lifetimes() {}

    /** {@code seconds} in words; null, zero or less is a session cookie. */
    public static String words(Long seconds) {
        if (seconds == null || seconds <= 0) {
            return "session";
        }
        double days = seconds / 86400.0;
        if (days >= 365) {
            return String.format(Locale.ROOT, "%.1f years", days / 365.2425).replace(".0 ", " ");
        }
        if (days >= 60) {
            return Math.round(days / 30.436875) + " months";
        }
        if (days >= 1) {
            return Math.round(days) + " days";
        }
        return seconds >= 3600 ? Math.round(seconds / 3600.0) + " hours" : seconds + " seconds";
    }
}
