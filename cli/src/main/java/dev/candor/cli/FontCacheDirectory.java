package dev.candor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * PDFBox, which reads PDF policies, writes a font cache to {@code ~/.pdfbox.cache} and logs its
 * font scan at INFO on stderr. Candor writes nowhere but its output: for one run of the CLI the
 * cache lives in a temporary directory that is removed when the run ends, and PDFBox speaks only
 * when something is wrong.
 */
final class FontCacheDirectory {

    private static final String PROPERTY = "pdfbox.fontcache";
    /** Held so the level setting is not garbage-collected with the logger. */
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

    private final Path dir;

    private FontCacheDirectory(Path dir) {
        this.dir = dir;
    }

    /** Points PDFBox's cache at a fresh temporary directory, unless the user chose one. */
    static FontCacheDirectory forThisRun() {
        PDFBOX.setLevel(Level.WARNING);
        FONTBOX.setLevel(Level.WARNING);
        if (System.getProperty(PROPERTY) != null) {
            return new FontCacheDirectory(null);
        }
        try {
            Path dir = Files.createTempDirectory("candor-fonts");
            System.setProperty(PROPERTY, dir.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> new FontCacheDirectory(dir).delete(), "candor-fonts"));
            return new FontCacheDirectory(dir);
        } catch (IOException e) {
            return new FontCacheDirectory(null);
        }
    }

    /** Removes the directory; safe to call twice. */
    void delete() {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary directory left behind is untidy, not wrong
        }
    }
}
