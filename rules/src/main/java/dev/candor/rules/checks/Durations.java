package dev.candor.rules.checks;

import java.util.Locale;

/** Lifetimes in words a person reads at a glance. */
final class Durations {

    private Durations() {}

    static String words(long seconds) {
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
