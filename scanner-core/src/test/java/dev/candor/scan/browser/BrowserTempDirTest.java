package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.scan.ScanException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserTempDirTest {

    @TempDir
    Path dir;

    @Test
    void aShortSystemTempDirectoryIsUsedAsItIs() throws Exception {
        assertThat(BrowserTempDir.base(Path.of("/tmp"), Path.of("/nonexistent"))).isEqualTo(Path.of("/tmp"));
    }

    @Test
    void aTempDirectoryTooDeepForChromiumsSocketFallsBackToTheShortOne() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a-rather-long-folder-name/and-another-one-below-it"));
        assertThat(BrowserTempDir.base(deep, Path.of("/tmp"))).isEqualTo(Path.of("/tmp"));
    }

    @Test
    void withoutAShortFallbackTheErrorSaysWhatToSet() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a-rather-long-folder-name/and-another-one-below-it"));
        assertThatThrownBy(() -> BrowserTempDir.base(deep, deep)).isInstanceOf(ScanException.class)
                .hasMessageContaining("too long for Chromium's socket").hasMessageContaining("set TMPDIR");
    }

    @Test
    void theDirectoryAndChromiumsSocketFitTheLimitFromTheChosenBase() throws Exception {
        Path base = BrowserTempDir.base(Path.of(System.getProperty("java.io.tmpdir")), Path.of("/tmp"));
        Path created = Files.createTempDirectory(base, "candor-");
        try {
            String socket = created + "/.org.chromium.Chromium.XXXXXX/SingletonSocket";
            assertThat(socket.length()).isLessThanOrEqualTo(BrowserTempDir.SOCKET_PATH_MAX);
        } finally {
            Files.delete(created);
        }
    }
}
