/**
 * The Playwright recording layer: {@link dev.candor.scan.browser.ChromiumBrowser} implements
 * {@link dev.candor.scan.Browser} on a local Chromium, one fresh persistent profile per phase, and
 * records cookies (raw {@code Set-Cookie} via CDP, script writes via an init script, the jar), requests,
 * storage, frames and page events. Playwright (and its CDP and Gson types) lives only in this package;
 * everything leaving it is a {@code dev.candor.model} record.
 */
package dev.candor.scan.browser;
