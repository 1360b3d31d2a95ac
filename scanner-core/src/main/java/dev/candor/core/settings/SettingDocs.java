package dev.candor.core.settings;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The README's table of settings, generated from the vocabulary so the documentation cannot drift
 * from either adapter ({@code SettingDocsTest} compares it with the README).
 */
public final class SettingDocs {

    private SettingDocs() {}

    /** One row per setting: CLI flag, Maven property, default, meaning and where it applies. */
    public static String table() {
        StringBuilder b = new StringBuilder("| CLI | Maven (`-D` property) | default | meaning | used by |\n|---|---|---|---|---|\n");
        for (Setting s : Setting.values()) {
            String cli = s.flag().map(f -> "`" + f + (s.label() == null ? "" : " " + s.label()) + "`")
                    .orElse(s.label() == null || s.kind() == Setting.Kind.FLAG ? "" : "`" + s.label() + "` (argument)");
            String def = s.cliDefault() == null && s.mavenDefault() == null ? ""
                    : java.util.Objects.equals(s.cliDefault(), s.mavenDefault()) ? "`" + s.cliDefault() + "`"
                    : (s.cliDefault() == null ? "" : "CLI `" + s.cliDefault() + "`") + (s.cliDefault() != null && s.mavenDefault() != null ? ", " : "")
                        + (s.mavenDefault() == null ? "" : "Maven `" + s.mavenDefault() + "`");
            String uses = Arrays.stream(Setting.Use.values()).filter(s::appliesTo)
                    .map(u -> u.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
            b.append("| ").append(cli.replace("|", "\\|")).append(" | `").append(s.property()).append("` | ").append(def.replace("|", "\\|")).append(" | ")
                    .append(s.description().replace("|", "\\|")).append(" | ").append(uses).append(" |\n");
        }
        return b.toString();
    }
}
