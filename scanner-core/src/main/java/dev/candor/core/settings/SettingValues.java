package dev.candor.core.settings;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The settings one adapter was given, as raw text (after its defaults), and their one parser:
 * both adapters put what they received here and the core reads it, so a value is checked the
 * same way wherever it came from.
 */
public final class SettingValues {

    private final Map<Setting, List<String>> values;

    private SettingValues(Map<Setting, List<String>> values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a value (or, for a list, at least one) was given. */
    public boolean has(Setting s) {
        return !list(s).isEmpty();
    }

    /** The text, stripped of white space, or null when not given or blank. */
    public String text(Setting s) {
        List<String> v = list(s);
        return v.isEmpty() ? null : v.get(0);
    }

    /** Every value given, blanks dropped, each trimmed. */
    public List<String> list(Setting s) {
        return values.getOrDefault(s, List.of());
    }

    /** A flag: given and not {@code false}. */
    public boolean flag(Setting s) {
        String v = text(s);
        if (v == null) {
            return false;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new SettingException(s, "must be true or false, got '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    /** A whole number at least {@code min}; {@code fallback} when not given. */
    public int integer(Setting s, int min, int fallback) {
        String v = text(s);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new SettingException(s, "must be a whole number, got '" + v + "'", e);
        }
        if (n < min) {
            throw new SettingException(s, "must be at least " + min + ", got " + n);
        }
        return n;
    }

    /** A path, or null when not given. */
    public Path path(Setting s) {
        String v = text(s);
        if (v == null) {
            return null;
        }
        try {
            return Path.of(v);
        } catch (java.nio.file.InvalidPathException e) {
            throw new SettingException(s, "is not a usable path: '" + v + "'", e);
        }
    }

    /** Collects raw values; blank entries are dropped (Maven turns {@code a,,b} into an empty item). */
    public static final class Builder {
        private final Map<Setting, List<String>> values = new EnumMap<>(Setting.class);

        public Builder put(Setting s, String value) {
            return put(s, value == null ? List.of() : List.of(value));
        }

        public Builder put(Setting s, List<String> list) {
            List<String> clean = list == null ? List.of()
                    : list.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList(); // strip, not trim: trim would silently drop control characters that must be refused
            if (clean.isEmpty()) {
                values.remove(s);
            } else {
                values.put(s, clean);
            }
            return this;
        }

        public SettingValues build() {
            return new SettingValues(new EnumMap<>(values));
        }
    }
}
