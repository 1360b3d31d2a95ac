package dev.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.core.settings.Setting;
import dev.candor.core.settings.Wording;
import dev.candor.scan.ChromiumLocator;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The CLI's options come from the one vocabulary: each command has the flags of its use, with the vocabulary's defaults. */
class SettingOptionsTest {

    @Test
    void eachCommandHasTheFlagsOfItsUseOnceWithTheirDefaults() {
        Map<String, Setting.Use> commands = Map.of("audit", Setting.Use.AUDIT, "demo", Setting.Use.DEMO, "evaluate", Setting.Use.EVALUATE,
                "report", Setting.Use.REPORT, "policy", Setting.Use.POLICY, "scan-sources", Setting.Use.SCAN_SOURCES,
                "batch", Setting.Use.BATCH);
        commands.forEach((name, use) -> {
            CommandSpec spec = CommandSpec.create();
            SettingOptions.addTo(spec, use);
            Set<String> flags = new HashSet<>();
            for (Setting s : Setting.of(use)) {
                if (s.flag().isEmpty()) {
                    continue;
                }
                OptionSpec o = spec.findOption(s.flag().get());
                assertThat(o).as("%s %s", name, s.flag().get()).isNotNull();
                assertThat(flags.add(s.flag().get())).as("%s has %s once", name, s.flag().get()).isTrue();
                assertThat(o.description()[0]).startsWith(s.description());
                if (s.kind() != Setting.Kind.FLAG && s.kind() != Setting.Kind.LIST) {
                    assertThat(o.defaultValue()).as("%s %s default", name, s.flag().get()).isEqualTo(s.cliDefault());
                }
            }
        });
    }

    @Test
    void settingsWithoutAFlagArePositionalOrMavenOnly() {
        for (Setting s : Setting.values()) {
            if (s.flag().isEmpty()) {
                assertThat(s).as("a setting without a CLI flag is a positional parameter or exists only in Maven")
                        .isIn(Setting.URL, Setting.SOURCES, Setting.AUDIT_DIR, Setting.BASELINE_OUT, Setting.SKIP);
            }
        }
    }

    @Test
    void realCommandsGetTheGeneratedOptionsAndWordTheCoreInFlags() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Candor candor = new Candor(new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream(), true), o -> {
            throw new AssertionError("no browser");
        }, new ChromiumLocator(Map.of()), false);
        assertThat(candor.execute("scan-sources", "--help")).isZero();
        assertThat(out.toString()).contains("--suppressions=FILE", "--baseline=FILE", "--fail-on=SEVERITY", "--out=DIR")
                .doesNotContain("--max-pages");
        assertThat(Wording.CLI.render(Setting.TIMEOUT.ref() + " must be at least 1")).isEqualTo("--timeout must be at least 1");
        assertThat(Wording.MAVEN.render(Setting.TIMEOUT.ref() + " must be at least 1")).isEqualTo("candor.timeoutSeconds must be at least 1");
    }
}
