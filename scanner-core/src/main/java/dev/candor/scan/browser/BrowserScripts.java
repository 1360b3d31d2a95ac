package dev.candor.scan.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The scripts Candor evaluates in pages, kept as resources beside this package's classes. */
final class BrowserScripts {

    private BrowserScripts() {}

    /** A line {@code /* include: NAME *}{@code /} is replaced by resource NAME, so scripts share one definition. */
    private static final java.util.regex.Pattern INCLUDE = java.util.regex.Pattern.compile("(?m)^\\s*/\\* include: ([\\w.-]+) \\*/$");

    /** The text of resource {@code name}, leading {@code //} comment lines dropped and includes resolved. */
    static String load(String name) {
        String text = read(name);
        return INCLUDE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(read(m.group(1)).stripTrailing()));
    }

    private static String read(String name) {
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
