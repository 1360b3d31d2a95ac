package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output directory: locked for one audit, never written through planted links (issue 11, items 9, 10, 13). */
class OutputFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondAuditIntoTheSameDirectoryIsRefusedInOneLine() throws Exception {
        try (OutputFolder first = OutputFolder.open(tmp.resolve("out"))) {
            AuditException second = catchThrowableOfType(AuditException.class, () -> OutputFolder.open(tmp.resolve("out")));
            assertThat(second).isNotNull();
            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.getMessage()).contains("is in use by another audit").doesNotContain("\n");
        }
        // released: the next audit may use it
        OutputFolder.open(tmp.resolve("out")).close();
    }

    @Test
    void theWorkDirectoryIsFreshAndNeverAPlantedLink() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve(".candor-profiles"), elsewhere);
        try (OutputFolder folder = OutputFolder.open(out)) {
            Path work = folder.newWorkDir();
            assertThat(Files.isSymbolicLink(work)).isFalse();
            assertThat(work.getParent()).isEqualTo(out.toAbsolutePath());
            assertThat(folder.newWorkDir()).isNotEqualTo(work);
        }
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void aPlantedLockLinkIsNotFollowed() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path victim = Files.writeString(tmp.resolve("victim"), "keep");
        Files.createSymbolicLink(out.resolve(OutputFolder.LOCK), victim);
        assertThat(catchThrowableOfType(AuditException.class, () -> OutputFolder.open(out)).exitCode()).isEqualTo(2);
        assertThat(victim).hasContent("keep");
    }

    @Test
    void dotDotAfterAMissingDirectoryIsRefusedAndLeavesNothing() {
        AuditException e = catchThrowableOfType(AuditException.class, () -> OutputFolder.open(tmp.resolve("a/missing/../x")));
        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.getMessage()).contains("does not exist");
        assertThat(tmp.resolve("a")).doesNotExist();
    }

    @Test
    void oldScreenshotsGoLinksWithoutTheirTargets() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("banner-accept.png"), "old");
        Path victim = Files.writeString(tmp.resolve("victim.png"), "keep");
        Files.createSymbolicLink(out.resolve("banner-reject.png"), victim);
        try (OutputFolder folder = OutputFolder.open(out)) {
            folder.removeOldScreenshots();
        }
        assertThat(out.resolve("banner-accept.png")).doesNotExist();
        assertThat(Files.exists(out.resolve("banner-reject.png"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(victim).hasContent("keep");
    }
}
