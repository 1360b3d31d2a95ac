package dev.candor.scan.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.candor.model.BannerDesign;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Consent driven by {@link ConsentDriver}: autoconsent first, Candor's text match as the fallback.
 * One driver per profile, because each holds that profile's autoconsent messages.
 */
final class AutoconsentHook implements ConsentHook {

    private final Map<BrowserContext, ConsentDriver> drivers = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public void install(BrowserContext context) {
        drivers.put(context, ConsentDriver.install(context));
    }

    @Override
    public boolean bannerVisible(Page page) {
        ConsentDriver driver = drivers.get(page.context());
        return driver != null && driver.bannerVisible(page);
    }

    @Override
    public ConsentAttempt drive(Page page, ConsentAction action, Path screenshotDir) {
        ConsentDriver driver = drivers.get(page.context());
        if (driver == null) {
            return ConsentHook.NONE.drive(page, action, screenshotDir);
        }
        return driver.drive(page, action, screenshotDir);
    }

    @Override
    public BannerDesign measureBanner(Page page, Path screenshotDir, String stem) {
        ConsentDriver driver = drivers.get(page.context());
        return driver == null ? null : driver.measureBanner(page, screenshotDir, stem);
    }

    @Override
    public BannerDesign measuredBanner(Page page) {
        ConsentDriver driver = drivers.get(page.context());
        return driver == null ? null : driver.measuredBanner(page);
    }
}
