package dev.candor.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumLocatorTest {

    @TempDir
    Path dir;

    private Path executable(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void explicitPathWinsOverEnvironmentAndPath() throws Exception {
        Path explicit = executable("my-chrome");
        Path env = executable("env-chrome");
        executable("chromium");
        ChromiumLocator locator = new ChromiumLocator(Map.of("CANDOR_CHROMIUM", env.toString(), "PATH", dir.toString()));
        assertThat(locator.locate(explicit)).isEqualTo(explicit);
        assertThat(locator.locate(null)).isEqualTo(env);
    }

    @Test
    void looksUpNamesOnPathInOrder() throws Exception {
        Path chrome = executable("google-chrome");
        Path chromiumBrowser = executable("chromium-browser");
        ChromiumLocator locator = new ChromiumLocator(Map.of("PATH", "/nonexistent:" + dir));
        assertThat(locator.locate(null)).isEqualTo(chromiumBrowser);
        Files.delete(chromiumBrowser);
        assertThat(locator.locate(null)).isEqualTo(chrome);
    }

    @Test
    void noBrowserGivesOneLineWithTheFix() {
        ChromiumLocator locator = new ChromiumLocator(Map.of("PATH", dir.toString()));
        assertThatThrownBy(() -> locator.locate(null))
                .isInstanceOf(ScanException.class)
                .hasMessageContaining("apt-get install chromium")
                .satisfies(e -> assertThat(((ScanException) e).kind()).isEqualTo(ScanException.Kind.BROWSER_MISSING))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aBadExplicitPathIsNamed() {
        assertThatThrownBy(() -> new ChromiumLocator(Map.of()).locate(dir.resolve("nope")))
                .hasMessageContaining(dev.candor.core.settings.Setting.CHROMIUM.ref() + " points at").hasMessageContaining("nope");
    }
}
