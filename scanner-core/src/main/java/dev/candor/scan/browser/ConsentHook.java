package dev.candor.scan.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.candor.model.BannerDesign;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.ConsentFailure;
import java.nio.file.Path;

/**
 * The seam where consent driving plugs into a phase session. {@link #install} runs once per profile,
 * before its first navigation; the other two run on the session's single page. Plug a driver in with
 * {@code ChromiumBrowser.launch(options, hook)}; {@link #NONE} is the default until one is wired.
 */
interface ConsentHook {

    /** Called once per fresh profile before any navigation (init scripts, bindings). */
    void install(BrowserContext context);

    /** Whether a consent banner is visible on {@code page} now. */
    boolean bannerVisible(Page page);

    /** Accepts or rejects on {@code page}'s banner; never throws for what the page does. */
    ConsentAttempt drive(Page page, ConsentAction action, Path screenshotDir);

    /**
     * Measures the banner showing on {@code page} now, before any click, with a viewport screenshot
     * {@code <stem>.png} in {@code screenshotDir}; null when no banner is showing.
     */
    default BannerDesign measureBanner(Page page, Path screenshotDir, String stem) {
        return null;
    }

    /** The banner measured by the last {@link #drive} on {@code page}, with the settings layer's toggles when it opened one; null when none. */
    default BannerDesign measuredBanner(Page page) {
        return null;
    }

    /** No consent driving: no banner is ever seen and every attempt reports "not wired". */
    ConsentHook NONE = new ConsentHook() {
        @Override
        public void install(BrowserContext context) {
            // nothing to install
        }

        @Override
        public boolean bannerVisible(Page page) {
            return false;
        }

        @Override
        public ConsentAttempt drive(Page page, ConsentAction action, Path screenshotDir) {
            return new ConsentAttempt(action, null, "none", false, false, 0, null, null, null, null,
                    "consent driving not wired", ConsentFailure.ERROR);
        }
    };
}
