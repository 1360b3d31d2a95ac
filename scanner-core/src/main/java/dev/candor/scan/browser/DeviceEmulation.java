package dev.candor.scan.browser;

import com.microsoft.playwright.BrowserType;
import dev.candor.model.Device;
import dev.candor.scan.BrowserOptions;

/** Puts the audit's locale and emulated device on a profile before it starts. */
final class DeviceEmulation {

    private DeviceEmulation() {}

    static void apply(BrowserOptions options, BrowserType.LaunchPersistentContextOptions launch) {
        if (options.locale() != null) {
            // Playwright sets navigator.language(s), Intl's default and the Accept-Language header from it
            launch.setLocale(options.locale());
        }
        Device device = options.device();
        if (device.mobile() || device.touch() || device.scaleFactor() != 1) {
            launch.setIsMobile(device.mobile()).setHasTouch(device.touch()).setDeviceScaleFactor(device.scaleFactor());
        }
    }
}
