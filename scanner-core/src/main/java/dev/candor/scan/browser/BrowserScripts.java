package dev.candor.scan.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The scripts Candor evaluates in pages, kept as resources beside this package's classes. */
final class BrowserScripts {

    private BrowserScripts() {}

    /** The text of resource {@code name}, leading {@code //} comment lines dropped. */
    static String load(String name) {
        try (InputStream in = BrowserScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + BrowserScripts.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^//.*\n", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
