package dev.candor.core.settings;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an adapter names settings: core messages carry {@link Setting#ref()} placeholders, and the
 * CLI renders them as flags, the Maven plugin as {@code candor.*} properties.
 */
public final class Wording {

    private static final Pattern REF = Pattern.compile("\\{\\{([a-z_]+)}}");

    /** Terminal wording: {@code --max-pages}; a positional setting by its label ({@code URL}). */
    public static final Wording CLI = new Wording(s -> s.flag().orElse(s.label()));
    /** Maven wording: {@code candor.maxPages}. */
    public static final Wording MAVEN = new Wording(Setting::property);
    /**
     * For text saved in evidence and reports, read by CLI and Maven users alike:
     * {@code --timeout (candor.timeoutSeconds)}.
     */
    public static final Wording BOTH = new Wording(s -> s.flag().map(f -> f + " (" + s.property() + ")").orElse(s.property()));

    private final Function<Setting, String> name;

    private Wording(Function<Setting, String> name) {
        this.name = name;
    }

    /** The name of one setting. */
    public String name(Setting setting) {
        return name.apply(setting);
    }

    /** A core message with every setting reference replaced by this adapter's name for it. */
    public String render(String message) {
        if (message == null || !message.contains("{{")) {
            return message;
        }
        Matcher m = REF.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Setting s = Setting.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(name(s)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
