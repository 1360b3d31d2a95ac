package dev.candor.model;

import java.util.Locale;

/** The WCAG 2 contrast ratio of two opaque sRGB colours written {@code #rrggbb}: from 1 (same) to 21 (black on white). */
public final class ContrastRatio {

    private ContrastRatio() {}

    /** The ratio, rounded to two decimals; 1 when either colour cannot be read. */
    public static double of(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        if (la < 0 || lb < 0) {
            return 1;
        }
        double ratio = (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
        return Math.round(ratio * 100) / 100.0;
    }

    /** WCAG relative luminance; -1 when {@code hex} is not {@code #rrggbb}. */
    static double luminance(String hex) {
        if (hex == null || !hex.toLowerCase(Locale.ROOT).matches("#[0-9a-f]{6}")) {
            return -1;
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
