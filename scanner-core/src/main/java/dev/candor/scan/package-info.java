/**
 * Scanning a site: which pages to visit ({@link dev.candor.scan.PagePlan}), first or third party
 * ({@link dev.candor.scan.SiteParty}), and the seam to the browser ({@link dev.candor.scan.Browser},
 * {@link dev.candor.scan.PhaseSession}). Playwright is confined to {@code dev.candor.scan.browser}.
 */
package dev.candor.scan;
