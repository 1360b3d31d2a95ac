package dev.candor.rules.kb;

/**
 * A cookie name or storage key as data sets write it: exact, or with {@code *} wildcards
 * ({@code _ga_*}, {@code _hjSession_*}).
 */
record NamePattern(String text, String[] parts) {

    static NamePattern of(String text) {
        return new NamePattern(text, text.split("\\*", -1));
    }

    boolean exact() {
        return parts.length == 1;
    }

    /** The literal text before the first wildcard, for indexing. */
    String head() {
        return parts[0];
    }

    boolean matches(String name) {
        if (parts.length == 1) {
            return parts[0].equals(name);
        }
        if (!name.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = name.indexOf(parts[i], at);
            if (found < 0) {
                return false;
            }
            at = found + parts[i].length();
        }
        String tail = parts[parts.length - 1];
        return name.length() - tail.length() >= at && name.endsWith(tail);
    }
}
