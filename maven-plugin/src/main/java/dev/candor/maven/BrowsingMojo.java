package dev.candor.maven;

import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A judging goal that may start Chromium: to audit a site, or to render a policy given as a URL.
 * Its browser parameters are declared once here for both.
 */
abstract class BrowsingMojo extends JudgingMojo {

    /** The privacy policy to check against: an https URL or a file; unset, the audit finds it on the site and a source scan uses none. */
    @Parameter(property = "candor.policy")
    String policy;

    /** The Chromium binary; unset, {@code CANDOR_CHROMIUM} and then {@code PATH} are searched. */
    @Parameter(property = "candor.chromium")
    File chromium;

    /** Extra Chromium arguments (a list; comma-separated on the command line). */
    @Parameter(property = "candor.browserArgs")
    List<String> browserArgs;

    /** Accept invalid TLS certificates (the report says so). */
    @Parameter(property = "candor.insecure", defaultValue = "false")
    boolean insecure;

    /** The judging settings and the browser's. */
    SettingValues.Builder browsingValues() {
        return judgingValues()
                .put(Setting.POLICY, policy)
                .put(Setting.CHROMIUM, path(chromium))
                .put(Setting.BROWSER_ARGS, browserArgs)
                .put(Setting.INSECURE, String.valueOf(insecure));
    }
}
