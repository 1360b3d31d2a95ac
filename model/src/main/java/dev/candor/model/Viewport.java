package dev.candor.model;

/** A browser window size in CSS pixels. */
public record Viewport(int width, int height) {

    /** The largest window Candor opens (8K UHD): beyond it Chromium spends minutes painting, or never finishes. */
    public static final int MAX_WIDTH = 7680;
    public static final int MAX_HEIGHT = 4320;

    public Viewport {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("viewport must be positive, got " + width + "x" + height);
        }
        if (width > MAX_WIDTH || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("viewport " + width + "x" + height + " is too large; at most "
                    + MAX_WIDTH + "x" + MAX_HEIGHT);
        }
    }

    /** Parses {@code 1366x768}. */
    public static Viewport parse(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("viewport must look like 1366x768, got '" + text + "'");
        }
        try {
            return new Viewport(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("viewport must look like 1366x768, got '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
