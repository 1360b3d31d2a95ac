package dev.candor.cli;

import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The CLI's options, generated from the one vocabulary ({@link Setting}): each command gets the
 * flags of its {@link Setting.Use}, and hands what it was given to the core as {@link SettingValues}.
 */
final class SettingOptions {

    private SettingOptions() {}

    /** Adds the flags of {@code use} to a command. */
    static void addTo(CommandSpec spec, Setting.Use use) {
        for (Setting s : Setting.of(use)) {
            if (s.flag().isEmpty()) {
                continue;
            }
            OptionSpec.Builder b = OptionSpec.builder(s.flag().get());
            String description = s.description() + (s.cliDefault() != null && s.kind() != Setting.Kind.FLAG
                    ? " (default: " + s.cliDefault() + ")" : "");
            b.description(description);
            switch (s.kind()) {
                case FLAG -> b.arity("0").type(boolean.class);
                case LIST -> b.arity("1").type(List.class).auxiliaryTypes(String.class).paramLabel(s.label());
                default -> b.arity("1").type(String.class).paramLabel(s.label()).defaultValue(s.cliDefault());
            }
            spec.addOption(b.build());
        }
    }

    /** What a command was given, with the defaults, for the core to parse. */
    static SettingValues.Builder values(CommandSpec spec, Setting.Use use) {
        SettingValues.Builder v = SettingValues.builder();
        for (Setting s : Setting.of(use)) {
            if (s.flag().isEmpty()) {
                continue;
            }
            OptionSpec o = spec.findOption(s.flag().get());
            Object value = o == null ? null : o.getValue();
            if (value instanceof Collection<?> c) {
                List<String> list = new ArrayList<>();
                c.forEach(x -> list.add(String.valueOf(x)));
                v.put(s, list);
            } else if (value != null) {
                v.put(s, String.valueOf(value));
            }
        }
        return v;
    }
}
