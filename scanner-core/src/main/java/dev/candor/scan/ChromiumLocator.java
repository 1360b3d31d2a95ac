package dev.candor.scan;

import dev.candor.core.settings.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the Chromium to drive: {@code --chromium PATH}, then {@code CANDOR_CHROMIUM}, then
 * {@code chromium}, {@code chromium-browser} and {@code google-chrome} on {@code PATH}. Candor never
 * downloads a browser.
 */
public final class ChromiumLocator {

    /** The names looked up on {@code PATH}, in order. */
    public static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    /** The one line shown when no browser is found. */
    public static final String HOW_TO_INSTALL =
            "no Chromium found: install Debian's package (sudo apt-get install chromium), "
                    + "or pass " + dev.candor.core.settings.Setting.CHROMIUM.ref() + " PATH, or set CANDOR_CHROMIUM";

    private final Function<String, String> env;

    /** Looks things up in the real environment. */
    public ChromiumLocator() {
        this(System::getenv);
    }

    /** Looks things up in {@code env} (for tests). */
    public ChromiumLocator(Map<String, String> env) {
        this(env::get);
    }

    private ChromiumLocator(Function<String, String> env) {
        this.env = env;
    }

    /**
     * The browser to use.
     *
     * @param explicit the {@code --chromium} argument, or null
     * @throws ScanException of kind {@link ScanException.Kind#BROWSER_MISSING} when none is usable
     */
    public Path locate(Path explicit) throws ScanException {
        if (explicit != null) {
            return requireExecutable(explicit, dev.candor.core.settings.Setting.CHROMIUM.ref());
        }
        String fromEnv = env.apply("CANDOR_CHROMIUM");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return requireExecutable(Path.of(fromEnv.trim()), "CANDOR_CHROMIUM");
        }
        return onPath().orElseThrow(() -> new ScanException(ScanException.Kind.BROWSER_MISSING, HOW_TO_INSTALL));
    }

    private Optional<Path> onPath() {
        String path = env.apply("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Path requireExecutable(Path path, String source) throws ScanException {
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new ScanException(ScanException.Kind.BROWSER_MISSING,
                    source + " points at " + path + ", which is not an executable file; " + HOW_TO_INSTALL);
        }
        return path;
    }
}
