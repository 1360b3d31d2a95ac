package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chromium writes nowhere outside the audit and never calls home (issue 11, item 11). */
class ProfileLauncherTest {

    @TempDir
    Path work;

    @Test
    void theBrowsersServiceHostsResolveToNothingBeforeTheUsersOwnRules() {
        List<String> args = ProfileLauncher.arguments(List.of("--host-resolver-rules=MAP * 127.0.0.1:4443", "--lang=de"));
        List<String> rules = args.stream().filter(a -> a.startsWith("--host-resolver-rules=")).toList();
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0)).startsWith("--host-resolver-rules=MAP update.googleapis.com ~NOTFOUND")
                .contains("MAP clients2.google.com ~NOTFOUND").endsWith(", MAP * 127.0.0.1:4443");
        assertThat(args).contains("--lang=de", "--disable-crash-reporter");
    }

    @Test
    void homeXdgAndTemporaryDirectoriesLieInsideTheWorkDirectory() throws Exception {
        Path tmp = java.nio.file.Files.createDirectories(work.resolve("t"));
        Map<String, String> env = ProfileLauncher.environment(work, tmp);
        assertThat(env).containsEntry("TMPDIR", tmp.toAbsolutePath().toString());
        for (String name : List.of("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME")) {
            assertThat(Path.of(env.get(name))).as(name).startsWith(work.toAbsolutePath()).isDirectory();
        }
        assertThat(env).doesNotContainKey("XDG_RUNTIME_DIR");
    }
}
