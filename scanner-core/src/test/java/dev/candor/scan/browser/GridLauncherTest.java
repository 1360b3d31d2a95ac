package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.candor.model.Viewport;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.SiteParty;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a Grid session asks the node for, and how Candor reads the Grid's answers. */
class GridLauncherTest {

    private static BrowserOptions options(boolean insecure, List<String> extra) {
        return new BrowserOptions(null, extra, insecure, null, new Viewport(1280, 720), Duration.ofSeconds(30), false,
                new SiteParty("www.example.com", List.of()), Path.of("work"), null, dev.candor.model.Device.DESKTOP,
                URI.create("http://grid:4444"));
    }

    private static List<String> args(JsonObject caps) {
        List<String> args = new ArrayList<>();
        for (JsonElement e : caps.getAsJsonObject("goog:chromeOptions").getAsJsonArray("args")) {
            args.add(e.getAsString());
        }
        return args;
    }

    @Test
    void theThirdPartyCookiePreferenceTravelsAsAProfilePreference() {
        JsonObject caps = GridLauncher.capabilities(options(false, List.of()), null, "before-consent");
        assertThat(caps.get("browserName").getAsString()).isEqualTo("chrome");
        JsonObject prefs = caps.getAsJsonObject("goog:chromeOptions").getAsJsonObject("prefs");
        // the preference ProfileLauncher writes into a local profile, in chromedriver's dotted form
        assertThat(ProfileLauncher.PREFERENCES).contains("\"profile\":{\"cookie_controls_mode\":0}");
        assertThat(prefs.get("profile.cookie_controls_mode").getAsInt()).isZero();
        assertThat(caps.get("se:name").getAsString()).isEqualTo("candor before-consent");
    }

    @Test
    void candorsFlagsTheUsersArgumentsAndOneResolverRuleGoToTheNode() {
        JsonObject caps = GridLauncher.capabilities(options(true, List.of("--host-resolver-rules=MAP * 127.0.0.1:4443", "--lang=de")),
                "Mozilla/5.0 Candor", "after-accept");
        List<String> args = args(caps);
        assertThat(args).containsAll(ProfileLauncher.FLAGS).contains("--headless", "--lang=de", "--window-size=1280,720",
                "--user-agent=Mozilla/5.0 Candor", "--ignore-certificate-errors");
        assertThat(args).filteredOn(a -> a.startsWith("--host-resolver-rules=")).singleElement().asString()
                .startsWith("--host-resolver-rules=MAP update.googleapis.com ~NOTFOUND").endsWith(", MAP * 127.0.0.1:4443");
        assertThat(args).filteredOn(a -> a.startsWith("--disable-features=")).singleElement().asString().contains("ThirdPartyStoragePartitioning");
        assertThat(caps.get("acceptInsecureCerts").getAsBoolean()).isTrue();
    }

    @Test
    void certificateErrorsCountUnlessInsecureIsAskedFor() {
        JsonObject caps = GridLauncher.capabilities(options(false, List.of()), null, "after-reject");
        assertThat(args(caps)).doesNotContain("--ignore-certificate-errors").noneMatch(a -> a.startsWith("--user-agent="));
        assertThat(caps.get("acceptInsecureCerts").getAsBoolean()).isFalse();
    }

    @Test
    void aGridThatCallsItselfLocalhostIsReachedAtItsGivenHost() {
        URI grid = URI.create("http://grid.internal:4444");
        assertThat(GridSession.reachable(grid, "ws://127.0.0.1:4444/session/abc/se/cdp")).isEqualTo("ws://grid.internal:4444/session/abc/se/cdp");
        assertThat(GridSession.reachable(grid, "ws://localhost:4444/session/abc/se/cdp")).isEqualTo("ws://grid.internal:4444/session/abc/se/cdp");
        assertThat(GridSession.reachable(grid, "ws://router.grid:4444/session/abc/se/cdp")).isEqualTo("ws://router.grid:4444/session/abc/se/cdp");
        assertThat(GridSession.endpoint(URI.create("http://grid:4444/wd/hub/"), "session")).hasToString("http://grid:4444/wd/hub/session");
        assertThat(GridSession.endpoint(URI.create("http://grid:4444"), "session/x")).hasToString("http://grid:4444/session/x");
    }

    @Test
    void credentialsInTheAddressBecomeBasicAuthenticationAndAreNeverShown() {
        URI grid = URI.create("https://candor:s3cret@grid.example:4444/");
        assertThat(GridSession.shown(grid)).hasToString("https://grid.example:4444/");
        assertThat(GridSession.authorization(grid)).isEqualTo("Basic Y2FuZG9yOnMzY3JldA==");
        assertThat(GridSession.authorization(URI.create("http://grid:4444"))).isNull();
    }
}
